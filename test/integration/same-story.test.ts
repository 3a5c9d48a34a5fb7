// SAME_STORY_AS links are written with the articles' own transactions: a link between two articles
// written by different transactions of one run must still be made, once.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema } from '../../src/load/schema';
import { useEmptyDatabase } from './neo4j';
import { load, rows } from './load-helpers';

const db = useEmptyDatabase();
const SAMPLES = join(__dirname, '..', '..', 'samples', 'wikinews.jsonl');

/** Three copies of one story (a wire original and two syndicated copies) and an unrelated article. */
function storyFolder(): string {
  const [story, other] = readFileSync(SAMPLES, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-same-story-'));
  const copy = (name: string, url: string, outlet: string, tail: string) =>
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ ...story, id: undefined, url, outlet, text: `${story.text}\n\n${tail}` }));
  copy('a-original', 'https://wire.example.com/story', 'Example Wire', '(Example Wire)');
  copy('b-copy', 'https://daily.example.org/story', 'Example Daily', 'Reporting by Example Wire.');
  writeFileSync(join(dir, 'c-other.json'), JSON.stringify(other));
  copy('d-copy', 'https://weekly.example.net/story', 'Example Weekly', 'This story first ran on Example Wire.');
  return dir;
}

const links = () =>
  rows(
    db.driver(),
    `MATCH (a:Article)-[r:SAME_STORY_AS]->(b:Article)
     RETURN a.url AS from, b.url AS to ORDER BY from, to`,
  );

describe('same-story links across transactions', () => {
  beforeAll(() => applySchema(db.driver()));

  it('links each pair of copies once, whichever transaction wrote each copy', async () => {
    const dir = storyFolder();
    const first = await load(db.driver(), [dir], { articlesPerTransaction: 1 });
    expect(first.summary.articles.added).toBe(4);
    const found = await links();
    expect(found).toHaveLength(3);
    const pairs = found.map((l) => [l.from, l.to].sort().join(' '));
    expect(new Set(pairs)).toEqual(
      new Set([
        'https://daily.example.org/story https://wire.example.com/story',
        'https://daily.example.org/story https://weekly.example.net/story',
        'https://weekly.example.net/story https://wire.example.com/story',
      ]),
    );

    // Rewriting one copy replaces its edges: its links are made again, and still once.
    const edited = join(dir, 'b-copy.json');
    const record = JSON.parse(readFileSync(edited, 'utf8'));
    writeFileSync(edited, JSON.stringify({ ...record, text: `${record.text}\n\nUpdated with a correction.` }));
    const again = await load(db.driver(), [dir], { articlesPerTransaction: 1 });
    expect(again.summary.articles).toMatchObject({ added: 0, updated: 1, unchanged: 3 });
    expect(new Set((await links()).map((l) => [l.from, l.to].sort().join(' ')))).toEqual(new Set(pairs));
    expect(await links()).toHaveLength(3);
  });
});
