// Ingesting the sample story (both copies) and a dozen Wikinews articles into a real Neo4j.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVIDENCE_TYPES, NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/graph/model';
import { applySchema } from '../../src/load/schema';
import { graphStats } from '../../src/load/stats';
import { useEmptyDatabase } from './neo4j';
import { counts, load, rows, sampleFolder, type LoadResult } from './load-helpers';

const db = useEmptyDatabase();
const { dir, files } = sampleFolder();
let first: LoadResult;
/** Keys of the Article nodes of the two copies of the story (one key if cleaning made them identical). */
let storyKeys: string[];

beforeAll(async () => {
  await applySchema(db.driver());
  first = await load(db.driver(), [dir]);
  const storyPaths = [files['grushko-ironclad-guarantees-scraped'], files['grushko-ironclad-guarantees-clean']];
  storyKeys = [...new Set(first.extractions.filter((x) => storyPaths.includes(x.article.sourcePath)).map((x) => x.article.key))];
});

describe('ingest', () => {
  it('loads every input article, once per key', async () => {
    expect(first.errors).toBe(0);
    expect(first.extractions).toHaveLength(14);
    const keys = new Set(first.extractions.map((x) => x.article.key));
    const [{ n }] = await rows(db.driver(), 'MATCH (a:Article) RETURN count(a) AS n');
    expect(n).toBe(keys.size);
    expect(first.summary.articles.added).toBe(keys.size);
    expect(storyKeys.length).toBeGreaterThanOrEqual(1);
  });

  it('stores article metadata with Neo4j dates', async () => {
    const [a] = await rows(
      db.driver(),
      `MATCH (a:Article {key: $key})-[:PUBLISHED_BY]->(o:MediaOutlet)
       RETURN a.publishedAt AS publishedAt, valueType(a.publishedAt) AS type, a.referenceDateSource AS source,
              a.contentHash AS hash, a.sourcePath AS path, o.name AS outlet`,
      { key: storyKeys[0] },
    );
    expect(a).toMatchObject({ publishedAt: '2025-03-17', type: 'DATE NOT NULL', source: 'metadata', outlet: 'Fox News' });
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(String(a.path)).toContain('grushko-ironclad-guarantees');
  });

  it('has exactly one Event for the March 15 virtual summit, with evidence from both copies', async () => {
    const events = await rows(
      db.driver(),
      `MATCH (e:Event) WHERE e.dateStart = date('2025-03-15')
       MATCH (e)-[r:REPORTED_IN]->(a:Article)
       RETURN e.key AS key, e.type AS type, collect(a.key) AS articles, collect(r.spans) AS spans`,
    );
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe('Meeting');
    expect([...(events[0].articles as string[])].sort()).toEqual([...storyKeys].sort());
    for (const spans of events[0].spans as string[][]) expect(spans.length).toBeGreaterThanOrEqual(1);
    const people = await rows(
      db.driver(),
      'MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event {key: $key}) RETURN p.name AS name, r.role AS role',
      { key: events[0].key },
    );
    expect(people).toEqual(expect.arrayContaining([{ name: 'Keir Starmer', role: 'organizer' }, expect.objectContaining({ name: 'Emmanuel Macron' })]));
  });

  it('links the "ironclad security guarantees" quote to Grushko, Izvestia and Reuters', async () => {
    const quotes = await rows(
      db.driver(),
      `MATCH (q:Quote) WHERE q.text STARTS WITH 'We will demand that ironclad security guarantees'
       OPTIONAL MATCH (speaker)-[:SAID]->(q)
       OPTIONAL MATCH (q)-[:GIVEN_TO]->(venue:MediaOutlet)
       OPTIONAL MATCH (q)-[:RELAYED_BY]->(relay:MediaOutlet)
       OPTIONAL MATCH (q)-[:REPORTED_IN]->(a:Article)
       RETURN q.kind AS kind, collect(DISTINCT speaker.name) AS speakers, collect(DISTINCT venue.name) AS venues,
              collect(DISTINCT relay.name) AS relays, collect(DISTINCT a.key) AS articles`,
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speakers: ['Alexander Grushko'], venues: ['Izvestia'], relays: ['Reuters'] });
    expect([...(quotes[0].articles as string[])].sort()).toEqual([...storyKeys].sort());
  });

  it('uses only the labels and relationship types of the model', async () => {
    const labels = await rows(db.driver(), 'MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l');
    for (const { l } of labels) expect(NODE_LABELS).toContain(l);
    const types = await rows(db.driver(), 'MATCH ()-[r]->() RETURN DISTINCT type(r) AS t');
    for (const { t } of types) expect(RELATIONSHIP_TYPES).toContain(t);
  });

  it('ties every node to an article and every shared fact to the articles stating it', async () => {
    const [orphans] = await rows(
      db.driver(),
      `MATCH (n) WHERE NOT n:Article AND NOT EXISTS { (n)-[:${EVIDENCE_TYPES.join('|')}]-(:Article) } RETURN count(n) AS n`,
    );
    expect(orphans.n).toBe(0);
    const [unsupported] = await rows(
      db.driver(),
      `MATCH (a)-[r]->(b) WHERE NOT a:Article AND NOT b:Article AND type(r) <> 'EVIDENCED_BY'
       AND (r.articles IS NULL OR size(r.articles) = 0) RETURN count(r) AS n`,
    );
    expect(unsupported.n).toBe(0);
  });

  it('ingesting again changes no counts', async () => {
    const before = await graphStats(db.driver());
    const again = await load(db.driver(), [dir]);
    expect(await graphStats(db.driver())).toEqual(before);
    expect(again.summary).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      articles: { added: 0, updated: 0, removed: 0 },
    });
    expect(again.summary.articles.unchanged).toBe(first.summary.articles.added);
    expect(await counts(db.driver())).toEqual({ nodes: before.nodes, relationships: before.relationships });
  });

  it('links a copy ingested later to the same story already in the graph', async () => {
    const g7 = first.extractions.find((x) => x.article.title?.includes('Amazon rainforest'))!;
    const copyDir = mkdtempSync(join(tmpdir(), 'newsgraph-copy-'));
    const copy = { url: 'https://wire.example.com/g7', outlet: 'Example Wire', publishedAt: '2019-08-25', title: g7.article.title, text: `${g7.article.text}\n\n(Example Wire)` };
    writeFileSync(join(copyDir, 'copy.json'), JSON.stringify(copy));
    const later = await load(db.driver(), [copyDir]);
    expect(later.summary.articles.added).toBe(1);
    const links = await rows(
      db.driver(),
      'MATCH (a:Article {key: $copy})-[r:SAME_STORY_AS]-(b:Article) RETURN b.key AS other, r.similarity AS similarity',
      { copy: 'article:https://wire.example.com/g7' },
    );
    expect(links).toEqual([{ other: g7.article.key, similarity: expect.any(Number) }]);
    expect(links[0].similarity as number).toBeGreaterThan(0.6);
  });
});
