// Reload against a real Neo4j: the graph always matches the inputs. After each change the
// incrementally updated graph must equal a graph loaded from scratch from the same inputs, which
// proves a changed or removed article took exactly its own contribution with it.
import { mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySchema } from '../../src/load/schema';
import { emptyDatabase, useEmptyDatabase } from './neo4j';
import { load, rows, sampleFolder, snapshot, type SampleRecord } from './load-helpers';

const db = useEmptyDatabase();
const { dir, files } = sampleFolder();
// The Wikinews article about the G7 (Macron hosting): shares people and countries with others.
const EDITED = files['wikinews-06'];

/**
 * Every line that differs between the snapshots belongs to the article: it names the article
 * (its node, its edges, or a shared fact listing it, before or after), or it is a node that such
 * a line touches.
 */
function expectOnlyContributionOf(articleKey: string, before: string[], after: string[]): void {
  const identity = (line: string) => line.slice(0, line.indexOf(' {'));
  const naming = [...before, ...after].filter((l) => l.includes(articleKey));
  const identities = new Set(naming.map(identity));
  const touched = new Set(naming.flatMap((l) => identity(l).split(' ').filter((w) => /^[a-z]+:/.test(w))));
  const explained = (line: string) => identities.has(identity(line)) || touched.has(line.split(' ')[0]);
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  expect(before.filter((l) => !afterSet.has(l) && !explained(l))).toEqual([]);
  expect(after.filter((l) => !beforeSet.has(l) && !explained(l))).toEqual([]);
}

async function freshSnapshot(): Promise<string[]> {
  await emptyDatabase(db.driver(), { keepSchema: true });
  await load(db.driver(), [dir]);
  return snapshot(db.driver());
}

let editedKey: string;

beforeAll(async () => {
  await applySchema(db.driver());
  const first = await load(db.driver(), [dir]);
  editedKey = first.extractions.find((x) => x.article.sourcePath === EDITED)!.article.key;
});

describe('reload', () => {
  it('running reload on unchanged inputs changes nothing', async () => {
    const before = await snapshot(db.driver());
    const again = await load(db.driver(), [dir], { prune: true });
    expect(again.summary.articles).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(again.summary.nodesCreated + again.summary.nodesDeleted + again.summary.relationshipsCreated + again.summary.relationshipsDeleted).toBe(0);
    expect(await snapshot(db.driver())).toEqual(before);
    // Unchanged articles are recognised by their content hash before extraction, and not extracted.
    expect(again.extractions).toEqual([]);
  });

  it('an unchanged article written by other extractors is extracted and written again, the rest skipped', async () => {
    const before = await snapshot(db.driver());
    await rows(db.driver(), 'MATCH (a:Article {key: $key}) SET a.extractorVersion = $old', { key: editedKey, old: '0.0.1-older' });
    const again = await load(db.driver(), [dir], { prune: true });
    expect(again.extractions.map((x) => x.article.key)).toEqual([editedKey]);
    expect(again.summary.articles).toMatchObject({ added: 0, updated: 1, removed: 0 });
    // Written by this version now, and otherwise the same graph as before.
    expect(await snapshot(db.driver())).toEqual(before);
  });

  it('an edited article replaces only its own contribution', async () => {
    const before = await snapshot(db.driver());
    const record = JSON.parse(readFileSync(EDITED, 'utf8')) as SampleRecord;
    const paragraphs = record.text.split('\n').filter((p) => p.trim());
    // Drop the last paragraph and add a new one naming a new person with a quote.
    record.text = [
      ...paragraphs.slice(0, -1),
      'Jacinda Ardern, the Prime Minister of New Zealand, said on Sunday: "We will keep working with every partner on this."',
    ].join('\n\n');
    writeFileSync(EDITED, JSON.stringify(record));

    const reloaded = await load(db.driver(), [dir], { prune: true });
    expect(reloaded.summary.articles).toMatchObject({ added: 0, updated: 1, removed: 0, unchanged: 12 });
    const after = await snapshot(db.driver());
    expect(after).not.toEqual(before);
    const [ardern] = await rows(db.driver(), "MATCH (a:Article {key: $key})-[:MENTIONS]->(p:Person) WHERE p.name CONTAINS 'Ardern' RETURN count(p) AS n", { key: editedKey });
    expect(ardern.n).toBe(1);

    expectOnlyContributionOf(editedKey, before, after);
    expect(await freshSnapshot()).toEqual(after);
  });

  it('deleting its file and reloading with --prune removes it and nothing else', async () => {
    // The previous test ends on a fresh load of the edited inputs.
    const before = await snapshot(db.driver());
    rmSync(EDITED);
    const pruned = await load(db.driver(), [dir], { prune: true });
    expect(pruned.summary.articles).toMatchObject({ added: 0, updated: 0, removed: 1, unchanged: 12 });
    const after = await snapshot(db.driver());
    const [gone] = await rows(db.driver(), 'MATCH (a:Article {key: $key}) RETURN count(a) AS n', { key: editedKey });
    expect(gone.n).toBe(0);
    expect(after.filter((l) => l.includes(editedKey))).toEqual([]);
    expectOnlyContributionOf(editedKey, before, after);
    const [ardern] = await rows(db.driver(), "MATCH (p:Person) WHERE p.name CONTAINS 'Ardern' RETURN count(p) AS n");
    expect(ardern.n).toBe(0);
    expect(await freshSnapshot()).toEqual(after);
  });

  it('without --prune a deleted file stays in the graph', async () => {
    const story = files['wikinews-03'];
    const before = await snapshot(db.driver());
    const saved = readFileSync(story, 'utf8');
    rmSync(story);
    try {
      const kept = await load(db.driver(), [dir]);
      expect(kept.summary.articles.removed).toBe(0);
      expect(await snapshot(db.driver())).toEqual(before);
    } finally {
      writeFileSync(story, saved);
    }
  });
});

describe('reload --prune with copies of one article in several places', () => {
  it('keeps the article while any copy remains, and removes it with the last one', async () => {
    // Two files holding the same record are one article: both paths are its sources.
    const record: SampleRecord = { ...(JSON.parse(readFileSync(files['wikinews-03'], 'utf8')) as SampleRecord) };
    record.id = 'syndicated-copy';
    record.url = 'https://example.org/syndicated-copy';
    const [here, there] = ['here', 'there'].map((name) => join(dir, '..', `${dir.split('/').pop()}-${name}`));
    for (const folder of [here, there]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'copy.json'), JSON.stringify(record));
    }
    const loaded = await load(db.driver(), [here, there]);
    const key = loaded.extractions[0].article.key;
    const sources = async () =>
      rows(db.driver(), 'MATCH (a:Article {key: $key}) RETURN a.sourcePaths AS paths, a.sourcePath AS path', { key });
    expect(await sources()).toEqual([{ paths: [join(here, 'copy.json'), join(there, 'copy.json')].sort(), path: [join(here, 'copy.json'), join(there, 'copy.json')].sort()[0] }]);

    // One copy deleted, the reload pruning only its folder: the other copy still holds the article.
    rmSync(join(here, 'copy.json'));
    const first = await load(db.driver(), [here], { prune: true });
    expect(first.summary.articles.removed).toBe(0);
    expect(await sources()).toEqual([{ paths: [join(there, 'copy.json')], path: join(there, 'copy.json') }]);

    // The last copy deleted: now it goes.
    rmSync(join(there, 'copy.json'));
    const last = await load(db.driver(), [there], { prune: true });
    expect(last.summary.articles.removed).toBe(1);
    expect(await sources()).toEqual([]);
  });
});
