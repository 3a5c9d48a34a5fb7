// Golden tests over real articles through the whole pipeline (reader, cleaner, entities, dates,
// events): the sample story in its four copies (test/fixtures/ukraine-nato) and a Wikinews
// article. They check the outcomes the product promises, so they also depend on the entity stage.
import { join } from 'node:path';
import { extractBatch } from '../../../src/pipeline';
import type { EventRecord, Extraction } from '../../../src/types';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const options = { ingestDate: '2026-01-10' };

const touching = (x: Extraction, phrase: string) => x.events.filter((e) => e.mentions.some((m) => m.text.length > 3 && (phrase.includes(m.text) || m.text.includes(phrase))));
const roles = (e: EventRecord, role: string) => e.participants.filter((p) => p.role === role).map((p) => p.entity);

describe('the virtual summit of the sample story', () => {
  let extractions: Extraction[];
  beforeAll(async () => {
    const dir = join(FIXTURES, 'ukraine-nato');
    ({ extractions } = await extractBatch([dir], options));
  });

  it('reads the four copies', () => {
    expect(extractions).toHaveLength(4);
  });

  it('is one event per copy, merging paragraph, caption and video title', () => {
    for (const x of extractions) {
      const descriptions = ['held a virtual meeting on Saturday with 26 nations', 'a virtual summit held by Britain\u2019s prime minister'];
      const events = new Set(descriptions.flatMap((d) => touching(x, d)));
      expect(events.size).toBe(1);
      const [e] = [...events];
      expect(e.dateStart).toBe('2025-03-15');
      expect(roles(e, 'organizer')).toEqual(['person:keir-starmer']);
      expect(roles(e, 'participant')).toContain('person:emmanuel-macron');
      expect(e.concerns).toContain('country:ua');
      expect(e.reportedBy).toEqual(['org:the-telegraph']);
    }
    const titled = extractions.flatMap((x) => x.events).filter((e) => e.mentions.some((m) => m.start === -1));
    expect(titled.length).toBeGreaterThanOrEqual(1);
    expect(titled.every((e) => e.dateStart === '2025-03-15')).toBe(true);
  });

  it('dates the talks in Saudi Arabia to the week before publication', () => {
    for (const x of extractions.filter((y) => y.article.referenceDate === '2025-03-17')) {
      const talks = x.events.find((e) => e.location === 'country:sa')!;
      expect(talks).toMatchObject({ type: 'Talks', dateStart: '2025-03-10', dateEnd: '2025-03-16', dateGrain: 'week' });
      expect(talks.participants).toEqual(expect.arrayContaining([
        { entity: 'country:ua', role: 'participant' }, { entity: 'country:us', role: 'mediator' },
      ]));
    }
  });

  it('makes no event of "the root causes of the conflict"', () => {
    for (const x of extractions) expect(touching(x, 'the conflict')).toEqual([]);
  });
});

describe('a Wikinews article (Brexit prorogation, 2019)', () => {
  let x: Extraction;
  beforeAll(async () => {
    ({ extractions: [x] } = await extractBatch([join(FIXTURES, 'events', 'wikinews-brexit-prorogation.jsonl')], options));
  });

  it('dates the referendum from its clause', () => {
    const vote = x.events.find((e) => e.type === 'Vote')!;
    expect([vote.dateStart, vote.dateGrain]).toEqual(['2016-06-23', 'day']);
  });

  it('places the visit in the country visited', () => {
    expect(x.events.find((e) => e.type === 'Visit')?.location).toBe('country:ie');
  });

  it('makes no event of hypothetical deals', () => {
    expect(x.events.filter((e) => e.type === 'Agreement')).toEqual([]);
  });

  it('resolves a month named without a year to the nearer one', () => {
    expect(x.dates.find((d) => d.text === 'October')?.value).toBe('2019-10');
  });
});
