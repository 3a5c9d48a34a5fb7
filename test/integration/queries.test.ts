// Each analyst query of cypher/ on the loaded samples (the story, a dozen Wikinews articles and a
// wire copy of one of them), with the rows the graph model says it must return.
import { readFileSync } from 'node:fs';
import { applySchema } from '../../src/load/schema';
import { ANALYST_QUERIES, loadQuery, runQuery, type AnalystQueryName } from '../../src/load/queries';
import { useEmptyDatabase } from './neo4j';
import { load, rows, sampleFolder, type SampleRecord } from './load-helpers';

const db = useEmptyDatabase();
const G7 = 'https://en.wikinews.org/wiki/World_leaders_call_to_address_Amazon_rainforest_fires_at_G7';
const g7 = readFileSync(`${__dirname}/../../samples/wikinews.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as SampleRecord)
  .find((r) => r.url === G7)!;
// A syndicated copy from another outlet: the same story, so the two form one cluster with two sources.
const wireCopy: SampleRecord = { ...g7, url: 'https://wire.example.com/g7-amazon-fires', outlet: 'Example Wire', text: `${g7.text}\n\nThis story was distributed by Example Wire.` };
const { dir } = sampleFolder({ 'wire-copy': wireCopy });
let storyKeys: string[];

const run = async (name: AnalystQueryName, params: Record<string, string> = {}) => (await runQuery(db.driver(), loadQuery(name), params)).rows;
const startsWith = (prefix: string) => expect.stringMatching(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

beforeAll(async () => {
  await applySchema(db.driver());
  const { extractions } = await load(db.driver(), [dir]);
  storyKeys = [...new Set(extractions.filter((x) => x.article.sourcePath.includes('grushko')).map((x) => x.article.key))];
});

describe('analyst queries on the samples', () => {
  it('who-said-what-about: Grushko on NATO', async () => {
    const result = await run('who-said-what-about', { entity: 'NATO' });
    expect(result).toEqual(
      expect.arrayContaining([expect.objectContaining({ about: 'NATO', speaker: 'Alexander Grushko', kind: 'direct', quote: startsWith('We will demand that ironclad security guarantees') })]),
    );
    expect(result.every((r) => r.about === 'NATO')).toBe(true);
  });

  it('person-quotes-with-sources: the ironclad quote went to Izvestia and through Reuters, published by Fox News', async () => {
    const result = await run('person-quotes-with-sources', { person: 'grushko' });
    const ironclad = result.filter((r) => String(r.quote).startsWith('We will demand that ironclad'));
    expect(ironclad).toEqual([expect.objectContaining({ speaker: 'Alexander Grushko', givenTo: ['Izvestia'], relayedBy: ['Reuters'], publishers: ['Fox News'] })]);
    expect(result.map((r) => r.quote)).toEqual(expect.arrayContaining([startsWith('We can talk about unarmed observers'), startsWith('In the meantime')]));
  });

  it('stances-by-country: Russia opposes Ukraine joining NATO', async () => {
    const result = await run('stances-by-country', { topic: 'NATO' });
    expect(result).toEqual(expect.arrayContaining([expect.objectContaining({ country: 'Russia', polarity: 'oppose', holders: ['Alexander Grushko'] })]));
    expect(result.filter((r) => r.polarity === 'support' && r.country === 'Russia')).toEqual([]);
  });

  it('events-in-date-range: the March 15 summit, organised by Starmer with Macron', async () => {
    const result = await run('events-in-date-range', { from: '2025-03-15', to: '2025-03-15' });
    const summit = result.filter((r) => r.dateStart === '2025-03-15' && r.type === 'Meeting');
    expect(summit).toHaveLength(1);
    expect(summit[0].participants).toEqual(expect.arrayContaining(['Keir Starmer (organizer)', expect.stringMatching(/^Emmanuel Macron \(/)]));
    expect(summit[0].articles).toBe(storyKeys.length);
    expect(await run('events-in-date-range', { from: '1990-01-01', to: '1990-12-31' })).toEqual([]);
  });

  it('entity-timeline: Keir Starmer organised the summit on March 15', async () => {
    const result = await run('entity-timeline', { entity: 'Keir Starmer' });
    expect(result).toEqual(expect.arrayContaining([expect.objectContaining({ entity: 'Keir Starmer', date: '2025-03-15', what: 'event', role: 'organizer' })]));
    const dates = result.map((r) => String(r.date));
    expect(dates).toEqual([...dates].sort());
  });

  it('people-mentioned-together: Grushko with Macron, Starmer, Putin and Albanese', async () => {
    const result = await run('people-mentioned-together', { person: 'Alexander Grushko' });
    const partners = result.map((r) => (r.person === 'Alexander Grushko' ? r.mentionedWith : r.person));
    expect(partners).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Keir Starmer', 'Vladimir Putin', 'Anthony Albanese']));
    expect(await run('people-mentioned-together', { person: 'Alexander Grushko', minArticles: '2' })).toEqual([]);
  });

  it('outlets-citing-source: Fox News cites Reuters', async () => {
    expect(await run('outlets-citing-source', { source: 'Reuters' })).toEqual([
      expect.objectContaining({ source: 'Reuters', citedBy: 'Fox News', articles: storyKeys.length }),
    ]);
  });

  it('same-story-clusters: the G7 story and its wire copy, two independent sources', async () => {
    const result = await run('same-story-clusters');
    const g7Cluster = result.filter((r) => (r.titles as string[]).some((t) => t.includes('Amazon rainforest')));
    expect(g7Cluster).toEqual([expect.objectContaining({ copies: 2, independentSources: 2 })]);
    expect([...(g7Cluster[0].publishers as string[])].sort()).toEqual(['Example Wire', 'Wikinews']);
  });

  it('most-quoted-speakers: Grushko is among the most quoted, with at least four quotes', async () => {
    const result = await run('most-quoted-speakers', { limit: '5' });
    expect(result.length).toBeLessThanOrEqual(5);
    expect(result).toEqual(expect.arrayContaining([expect.objectContaining({ speaker: 'Alexander Grushko', kind: 'Person' })]));
    expect(result.find((r) => r.speaker === 'Alexander Grushko')!.quotes).toBeGreaterThanOrEqual(4);
    const counts = result.map((r) => Number(r.quotes));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('events-organised-by-country: the United Kingdom organised the summit through its Prime Minister', async () => {
    const result = await run('events-organised-by-country', { country: 'GB' });
    expect(result).toEqual(
      expect.arrayContaining([expect.objectContaining({ date: '2025-03-15', organiser: 'Keir Starmer', organiserRole: 'Prime Minister', as: 'organizer' })]),
    );
    expect(await run('events-organised-by-country', { country: 'AU' })).toEqual([]);
  });

  it('opposite-stances: on Ukraine, Grushko opposes what Macron and Albanese support', async () => {
    const result = await run('opposite-stances', { topic: 'Ukraine' });
    const pairs = result.map((r) => `${r.supporter} vs ${r.opponent}`);
    // Albanese's topic ("sending troops") does not name Ukraine: his pair is found through the target.
    expect(pairs).toEqual(expect.arrayContaining(['Emmanuel Macron vs Alexander Grushko', 'Anthony Albanese vs Alexander Grushko']));
    // Grushko is the only holder in the story against anything about Ukraine.
    expect(new Set(result.map((r) => r.opponent))).toEqual(new Set(['Alexander Grushko']));
    expect(result.every((r) => r.supporter !== r.opponent)).toBe(true);
    // Macron's deployment and Grushko's contingents kept out are both toward Ukraine itself.
    expect(result).toContainEqual(expect.objectContaining({ supporter: 'Emmanuel Macron', opponent: 'Alexander Grushko', sharedTarget: 'Ukraine' }));
  });

  it('provenance: the ironclad quote comes from each copy of the story, with its span', async () => {
    const [quote] = await rows(db.driver(), "MATCH (q:Quote) WHERE q.text STARTS WITH 'We will demand that ironclad' RETURN q.key AS key");
    const result = await run('provenance', { key: String(quote.key) });
    expect(result.map((r) => r.article).sort()).toEqual([...storyKeys].sort());
    for (const r of result) {
      expect(r.via).toBe('REPORTED_IN');
      expect(r.excerpts).toEqual([startsWith('We will demand that ironclad security guarantees')]);
    }
  });

  it('covers every named query', () => {
    expect(ANALYST_QUERIES).toHaveLength(12);
  });
});
