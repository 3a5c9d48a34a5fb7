// A small hand-made extraction record (as `extract --json` prints it) for graph and loader tests.
import type { Extraction } from '../../src/types';

const TEXT =
  'Russian Deputy Foreign Minister Alexander Grushko told Izvestia, as noted by Reuters, ' +
  '"We will demand ironclad guarantees." Grushko opposes NATO membership for Ukraine. ' +
  'Keir Starmer held a virtual meeting on Saturday.';

function at(text: string, from = 0) {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" not in text`);
  return { start, end: start + text.length, text };
}

export function fixtureExtraction(overrides: { key?: string; sourcePath?: string; contentHash?: string } = {}): Extraction {
  const key = overrides.key ?? 'article:fixture-1';
  const quote = at('We will demand ironclad guarantees.');
  return {
    article: {
      key,
      sourcePath: overrides.sourcePath ?? 'fixtures/story.txt',
      title: 'Russia wants guarantees',
      url: null,
      outlet: 'Fox News',
      publishedAt: '2025-03-17',
      referenceDate: '2025-03-17',
      referenceDateSource: 'metadata',
      language: 'en',
      text: TEXT,
      removed: [],
      sameStoryAs: [],
      contentHash: overrides.contentHash ?? 'hash-1',
      wordCount: 30,
      author: null,
      credits: [],
    },
    entities: [
      { key: 'person:alexander-grushko', type: 'Person', name: 'Alexander Grushko', aliases: ['Grushko'], mentions: [at('Alexander Grushko'), at('Grushko', TEXT.indexOf('Grushko opposes'))] },
      { key: 'country:ru', type: 'Country', name: 'Russia', aliases: ['Russian'], mentions: [at('Russian')], iso2: 'RU', iso3: 'RUS' },
      { key: 'country:ua', type: 'Country', name: 'Ukraine', aliases: [], mentions: [at('Ukraine')], iso2: 'UA', iso3: 'UKR' },
      { key: 'org:nato', type: 'Organization', name: 'NATO', aliases: [], mentions: [at('NATO')], kind: 'alliance' },
      { key: 'org:izvestia', type: 'MediaOutlet', name: 'Izvestia', aliases: [], mentions: [at('Izvestia')], kind: 'newspaper' },
      { key: 'org:reuters', type: 'MediaOutlet', name: 'Reuters', aliases: [], mentions: [at('Reuters')], kind: 'agency' },
      { key: 'person:keir-starmer', type: 'Person', name: 'Keir Starmer', aliases: [], mentions: [at('Keir Starmer')] },
    ],
    roles: [{ person: 'person:alexander-grushko', title: 'Deputy Foreign Minister', of: 'country:ru' }],
    dates: [],
    quotes: [
      {
        key: 'quote:ironclad',
        text: quote.text,
        start: quote.start,
        end: quote.end,
        kind: 'direct',
        speaker: 'person:alexander-grushko',
        speakerText: 'Alexander Grushko',
        cue: 'told',
        givenTo: 'org:izvestia',
        relayedBy: ['org:reuters'],
        about: ['org:nato'],
      },
    ],
    events: [
      {
        key: 'event:meeting:2025-03-15:abc',
        type: 'Meeting',
        label: 'virtual meeting',
        dateStart: '2025-03-15',
        dateEnd: '2025-03-15',
        dateGrain: 'day',
        participants: [{ entity: 'person:keir-starmer', role: 'organizer' }],
        location: null,
        concerns: ['country:ua'],
        reportedBy: [],
        partOf: [],
        mentions: [at('held a virtual meeting on Saturday')],
      },
    ],
    stances: [
      {
        key: 'stance:grushko-nato',
        holder: 'person:alexander-grushko',
        target: 'org:nato',
        topic: 'Ukraine joining NATO',
        polarity: 'oppose',
        confidence: 0.8,
        evidence: { start: at('Grushko opposes').start, end: at('Ukraine. ').end - 1 },
        quote: 'quote:ironclad',
      },
    ],
    warnings: [],
  };
}
