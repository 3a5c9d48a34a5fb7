import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PEOPLE, quotesOf } from '../../fixtures/quotes/helpers';

const LOPEZ = 'person:maria-lopez';
const OKAFOR = 'person:john-okafor';

describe('extractQuotes: cue patterns', () => {
  it.each([
    ['speaker and cue after the quote', '"We will not back down from this fight," Lopez said.', 'direct', LOPEZ, 'said'],
    ['adverb between speaker and cue', '"The plan is ready to go ahead," Lopez reportedly said.', 'direct', LOPEZ, 'said'],
    ['inverted cue after the quote', '"The plan is ready to go ahead," said Maria Lopez.', 'direct', LOPEZ, 'said'],
    ['cue before with a colon', 'Okafor added: \u201cThis is the best offer we have seen.\u201d', 'direct', OKAFOR, 'added'],
    ['title before the name', 'Foreign Minister John Okafor said, "The talks have failed completely."', 'direct', OKAFOR, 'said'],
    ['insertion between speaker and cue', 'Lopez, speaking in Madrid on Monday, said: "The border stays open for now."', 'direct', LOPEZ, 'said'],
    ['participle takes the sentence subject', 'Okafor praised the deal, stating to reporters, "This ends a long and painful dispute."', 'direct', OKAFOR, 'stating'],
    ['quoted as telling', 'Maria Lopez, meanwhile, was quoted as telling reporters that the aim is to "keep every school open through the winter."', 'partial', LOPEZ, 'telling'],
    ['according to', 'According to Okafor, "the money ran out in the first week of the month."', 'direct', OKAFOR, 'According to'],
    ['passive cue names the speaker', 'She was told by Okafor of "a serious risk of further flooding in the valley".', 'partial', OKAFOR, 'told'],
    ['name in commas after a description', 'The judge in the case, Maria Lopez, said, "You have broken the trust of this court."', 'direct', LOPEZ, 'said'],
    ['name with its organisation', 'Deputy John Okafor of the Farmers Party added, "The subsidies must stay in place."', 'direct', OKAFOR, 'added'],
    ['description in commas after a name', '"The subsidies must stay in place," Okafor, a minister for Rural Affairs, said.', 'direct', OKAFOR, 'said'],
    ['title abbreviation in an inverted cue', '"The strains were different from the start," said Dr. Okafor.', 'direct', OKAFOR, 'said'],
    ['a participle takes the subject, not the object before it', 'Lopez decided not to run for the Farmers Party saying "it was not a good fit" for her.', 'direct', LOPEZ, 'saying'],
    ['a name after a preposition is not the subject', 'Maria Lopez of Leeds University and contributor to Der Spiegel wrote, "The rules will not hold for long."', 'direct', LOPEZ, 'wrote'],
    ['a bracketed acronym after the speaker', 'The Health Ministry (HM), which oversees the hospitals, declared that the outbreak was over.', 'indirect', 'org:health-ministry', 'declared'],
    ['a participle after a comma skips an insertion to the subject', 'Okafor made a statement about the group Farmers First, when asked about them, stating "stand back and wait for the vote."', 'direct', OKAFOR, 'stating'],
    ['a participle with its own subject', 'It was not just one official saying that the river was too high.', 'indirect', null, 'saying'],
    ['"with X" before a participle', 'The search stopped on Tuesday, with Okafor describing the "real threat of another collapse in the building" as serious.', 'partial', OKAFOR, 'describing'],
    ['a title word between names', 'Farm union president Maria Lopez in her speech to parliament said, "The subsidies must stay in place."', 'direct', LOPEZ, 'said'],
    ['a person after a preposition inside the subject', 'Former Ambassador to the European Union John Okafor wrote on Twitter, "We must stand by our allies."', 'direct', OKAFOR, 'wrote'],
    ['a colon after a sentence about the speaker', 'Governor Maria Lopez addressed the public: "No one should take this storm lightly."', 'direct', LOPEZ, null],
    ['a cue coordinated with another verb', 'Okafor then approached the director and said, "I want you to make a pure horror movie."', 'direct', OKAFOR, 'said'],
    ['a person before an organisation with lower-case words between', 'Maria Lopez of worldwide victim group Farmers First said, "The rules must change."', 'direct', LOPEZ, 'said'],
    ['indirect speech with that', 'Lopez argued that the new tax would hurt small farmers.', 'indirect', LOPEZ, 'argued'],
    ['indirect speech with a pronoun subject', 'Okafor also said he would be willing to meet the strikers.', 'indirect', OKAFOR, 'said'],
    ['indirect speech after an object', 'Lopez told the committee that the hospital would close in June.', 'indirect', LOPEZ, 'told'],
  ])('%s', (_rule, text, kind, speaker, cue) => {
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind, speaker, cue });
  });

  it('keeps the words of an unresolved speaker and links no entity', () => {
    const [q] = quotesOf('"The water is not safe to drink yet," a local official said.', PEOPLE);
    expect(q).toMatchObject({ speaker: null, speakerText: 'a local official', cue: 'said' });
  });

  it('does not take the owner in a possessive for the speaker', () => {
    const [q] = quotesOf('Lopez\'s foundation said she had been in "excellent physical health for her age" until May.', PEOPLE);
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toBe("Lopez's foundation");
  });

  it('keeps a scare-quoted term inside indirect speech', () => {
    const [q] = quotesOf('Lopez, in her statement, said he was a "gentleman farmer".', PEOPLE);
    expect(q).toMatchObject({ kind: 'indirect', speaker: LOPEZ, text: 'he was a "gentleman farmer"' });
  });

  it('keeps both conjoined speakers in the words and links neither', () => {
    const [q] = quotesOf('The Health Ministry and the European Union said they believe the outbreak is over.', PEOPLE);
    expect(q).toMatchObject({ kind: 'indirect', speaker: null, speakerText: 'The Health Ministry and the European Union' });
  });

  it('keeps an anonymous source inside an organisation unresolved', () => {
    const [q] = quotesOf('A source within the Health Ministry reportedly said "the figures are being kept secret."', PEOPLE);
    expect(q).toMatchObject({ speaker: null, speakerText: 'A source within the Health Ministry' });
  });

  it('does not take a named organisation inside a descriptor for the speaker', () => {
    const [q] = quotesOf('"Stocks of the vaccine are running low," a spokesman for the Health Ministry said.', PEOPLE);
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toBe('a spokesman for the Health Ministry');
  });

  it('gives the quote text without marks, its span and a key from speaker and text', () => {
    const text = 'Lopez said: "Nobody will be left behind in this."';
    const [q] = quotesOf(text, PEOPLE);
    expect(q.text).toBe('Nobody will be left behind in this.');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.key).toMatch(/^quote:[0-9a-f]{16}$/);
    expect(quotesOf(text, PEOPLE)[0].key).toBe(q.key);
  });

  it('gives a cue between two quotes to the one it introduces', () => {
    const text = 'The union said it had been given "assurances that no farm would close this year." Okafor said, "The statement was a surprise to all of us."';
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map((q) => q.speaker)).toEqual([null, OKAFOR]);
    expect(quotes[0].speakerText).toBe('The union');
  });

  it('does not read a noun such as "the saying" as a cue', () => {
    expect(quotesOf('It is like the saying "Failure is the first step to success in life."', PEOPLE).map((q) => q.speakerText)).toEqual([null]);
  });

  it('finds two partial quotes of one sentence with the same speaker', () => {
    const text = 'Okafor told radio listeners that the goal was to "bring every displaced family home before winter" and "rebuild the schools within a year."';
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['partial', OKAFOR],
      ['partial', OKAFOR],
    ]);
  });

  it('lists entities named inside the quote as what it is about, not the speaker', () => {
    const [q] = quotesOf('"Ukraine will never join NATO while I am here," Okafor said.', PEOPLE);
    expect(q.about).toEqual(['country:ua', 'org:nato']);
  });
});

describe('extractQuotes: multi-paragraph quotes', () => {
  it('joins a quote that continues into the next paragraph and attributes it once', () => {
    const text = [
      'Lopez spoke at length about the flood.',
      '"We saw the river rise faster than anyone expected. The warnings came too late for the lower town.',
      '"Next year the defences will be finished," she said.',
    ].join('\n\n');
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('We saw the river rise faster than anyone expected. The warnings came too late for the lower town. Next year the defences will be finished,');
    expect(quotes[0].speaker).toBe(LOPEZ);
  });

  it('gives a second quote of the same paragraph the speaker of the first', () => {
    const text = '"We can talk about observers and monitoring missions," Okafor added, saying a deal must come first. "Until then, it is just talk."';
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes.map((q) => q.speaker)).toEqual([OKAFOR, OKAFOR]);
  });

  it('continues the previous speaker into a quote paragraph without a cue', () => {
    const text = '"The harvest was the worst in decades," Lopez said.\n\n"Prices will rise again before spring and families will feel it."';
    expect(quotesOf(text, PEOPLE).map((q) => q.speaker)).toEqual([LOPEZ, LOPEZ]);
  });

  it('does not continue the previous speaker when the new paragraph names someone else', () => {
    const text = '"The harvest was the worst in decades," Lopez said.\n\n"Prices will rise again before spring," the farmers union of Okafor warned in a letter.';
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes[1].speaker).not.toBe(LOPEZ);
  });
});

describe('extractQuotes: source chain', () => {
  it('finds the venue and the relaying outlet', () => {
    const text = 'Okafor stressed the need for guarantees, stating to the Russian newspaper Izvestia, as noted by Reuters, \u201cWe will demand firm guarantees in any agreement.\u201d';
    const [q] = quotesOf(text, PEOPLE);
    expect(q).toMatchObject({ speaker: OKAFOR, givenTo: 'org:izvestia', relayedBy: ['org:reuters'] });
  });

  it.each([
    ['told X', '"The deal is dead for now," Lopez told the BBC.', 'org:bbc', []],
    ['in an interview with X', 'In an interview with Der Spiegel, Lopez said: "The deal is dead for now."', 'org:der-spiegel', []],
    ['X reported', '"The deal is dead for now," Lopez said, Reuters reported.', null, ['org:reuters']],
    ['according to an outlet that relays', '"The deal is dead for now," Lopez said, according to Reuters.', null, ['org:reuters']],
  ])('%s', (_rule, text, givenTo, relayedBy) => {
    const [q] = quotesOf(text, PEOPLE);
    expect(q.speaker).toBe(LOPEZ);
    expect(q.givenTo).toBe(givenTo);
    expect(q.relayedBy).toEqual(relayedBy);
  });

  it('does not take a person who was told for a venue', () => {
    const [q] = quotesOf('"The deal is dead for now," Lopez told Okafor.', PEOPLE);
    expect(q.givenTo).toBeNull();
  });
});

describe('extractQuotes: not quotes', () => {
  it.each([
    ['scare quotes around a term', 'Leaders discussed a "peacekeeping force" for the region.'],
    ['one-word headline scare quote', "Russia wants 'ironclad' guarantee that the deal holds"],
    ['curly scare quotes in narration', 'The nations may join a \u201cpeacekeeping force\u201d in the spring.'],
    ['book title', 'Her book "The Long Road Home to the Mountains" sold well.'],
    ['operation name', 'The army launched Operation "Swift Shield of the Northern Border" last year.'],
    ['film called', 'The studio released a film called "Nobody Goes Home Again Tonight" in May.'],
    ['Title Case name', 'The robot, "Better Idea of Afghan Girls," won a medal.'],
    ['a short term after a cue verb that goes on', 'Police said "three suspects" were arrested on Monday.'],
    ['reported speech in the passive', 'It is said that the castle was built in a single year.'],
    ['a name in quotes before a participle', 'Her name was shortened to "Maria Lopez Garcia," imitating a song called "Lopez by Night," so it fit.'],
    ['evidence rather than speech', 'That is interesting and it may suggest that the reason is something else entirely.'],
    ['first-person reported speech of a narrator', 'So I would say that we were very lucky with the weather.'],
    ['no reporting verb', 'The committee met on Monday and approved the budget for next year.'],
  ])('%s', (_case, text) => {
    expect(quotesOf(text, PEOPLE)).toEqual([]);
  });
});

// Golden tests: the fixture story written for these tests (always), and the shared sample story
// with hand-built entities (when ../shared is present).
interface ExpectedQuote { startsWith: string; kind: string; speaker: string; givenTo?: string; relayedBy?: string[] }

describe('extractQuotes: golden stories', () => {
  it('finds every quote of the fixture story with its kind, speaker and sources', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/quotes/story.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(__dirname, '../../fixtures/quotes/story.expected.json'), 'utf8'));
    const quotes = quotesOf(text, PEOPLE);
    for (const g of expected.quotes as ExpectedQuote[]) {
      const q = quotes.find((x) => x.text.startsWith(g.startsWith));
      expect({ startsWith: g.startsWith, kind: q?.kind, speaker: q?.speaker }).toEqual({ startsWith: g.startsWith, kind: g.kind, speaker: g.speaker });
      if (g.givenTo) expect(q?.givenTo).toBe(g.givenTo);
      if (g.relayedBy) expect(q?.relayedBy).toEqual(g.relayedBy);
    }
    expect(quotes).toHaveLength(expected.quotes.length);
    for (const t of expected.notQuotes) expect(quotes.some((q) => q.text === t)).toBe(false);
  });

  it('finds every gold quote of the shared sample story when it is present', async () => {
    const story = join(__dirname, '../../../../shared/corpus/ukraine-nato/grushko-ironclad-guarantees.clean.txt');
    const goldPath = join(__dirname, '../../../../shared/gold/grushko-ironclad-guarantees.gold.json');
    if (!existsSync(story) || !existsSync(goldPath)) return;
    const { STORY_ENTITIES } = await import('../../fixtures/entity-index');
    const text = readFileSync(story, 'utf8');
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const quotes = quotesOf(text, STORY_ENTITIES);
    const nameOf = (key: string | null) => STORY_ENTITIES.find((e) => e.key === key)?.name ?? null;
    for (const g of gold.quotes.required) {
      const q = quotes.find((x) => x.text.startsWith(g.startsWith.slice(0, 40)));
      expect({ quote: g.startsWith, kind: q?.kind, speaker: nameOf(q?.speaker ?? null) }).toEqual({ quote: g.startsWith, kind: g.kind, speaker: g.speaker });
    }
    for (const g of gold.quotes.notQuotes) expect(quotes.some((q) => q.text === g.text)).toBe(false);
  });
});
