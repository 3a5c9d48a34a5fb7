import { join } from 'node:path';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readInputs } from '../../src/read';
import type { RawArticle, ReadError } from '../../src/types';

const FIXTURES = join(__dirname, '..', 'fixtures');
const READ = join(FIXTURES, 'read');

async function readAll(paths: string[], maxBytes?: number): Promise<(RawArticle | ReadError)[]> {
  const out: (RawArticle | ReadError)[] = [];
  for await (const item of readInputs(paths, { maxBytes })) out.push(item);
  return out;
}

const isError = (x: RawArticle | ReadError): x is ReadError => 'reason' in x;

describe('readInputs: bad inputs yield one error naming the file and the reason', () => {
  it.each([
    ['binary.txt', /binary/],
    ['empty.txt', /empty/],
    ['blank.txt', /empty/],
    ['invalid-utf8.txt', /invalid UTF-8 .*offset 3/],
    ['broken.json', /malformed JSON/],
    ['does-not-exist.txt', /no such file/],
    ['folder/README.md', /unsupported file type/],
  ])('%s', async (name, reason) => {
    const items = await readAll([join(READ, name)]);
    expect(items).toHaveLength(1);
    const [error] = items as ReadError[];
    expect(isError(error)).toBe(true);
    expect(error.sourcePath).toBe(join(READ, name));
    expect(error.reason).toMatch(reason);
  });

  it('refuses files over the size limit, and .gz files that grow over it', async () => {
    const [big] = (await readAll([join(FIXTURES, 'ukraine-nato', 'grushko-ironclad-guarantees.scraped.txt')], 1000)) as ReadError[];
    expect(big.reason).toMatch(/over the size limit/);
    const [gz] = (await readAll([join(READ, 'folder', 'nested', 'd.txt.gz')], 40)) as ReadError[];
    expect(gz.reason).toMatch(/over the size limit/);
  });

  it('goes on with the rest of the batch after a bad file', async () => {
    const items = await readAll([join(READ, 'empty.txt'), join(READ, 'one.json'), join(READ, 'binary.txt')]);
    expect(items.map((x) => (isError(x) ? 'error' : x.id))).toEqual(['error', 'one', 'error']);
  });
});

describe('readInputs: JSON Lines', () => {
  it('reads each record, names a malformed line and a record without text, and goes on', async () => {
    const file = join(READ, 'records.jsonl');
    const items = await readAll([file]);
    expect(items.map((x) => (isError(x) ? `${x.sourcePath}:${x.line} ${x.reason.split(':')[0]}` : `${x.sourcePath} ${x.format}`))).toEqual([
      `${file}#0 text`,
      `${file}:2 malformed JSON line`,
      `${file}#2 html`,
      `${file}:5 record has no non-empty "text" or "html" field`,
    ]);
    const first = items[0] as RawArticle;
    expect(first).toMatchObject({ id: 'a1', title: 'Council approves new bridge', outlet: 'Town Gazette', publishedAt: '2024-05-02' });
    expect((items[2] as RawArticle).url).toBe('https://example.org/news/fire');
  });

  it('reads the story as two records with their metadata', async () => {
    const file = join(FIXTURES, 'ukraine-nato', 'ukraine-nato.jsonl');
    const items = (await readAll([file])) as RawArticle[];
    expect(items.map((x) => x.sourcePath)).toEqual([`${file}#0`, `${file}#1`]);
    expect(items.every((x) => x.outlet === 'Fox News' && x.publishedAt === '2025-03-17')).toBe(true);
  });

  it('reads gzipped JSON Lines', async () => {
    const [item] = (await readAll([join(READ, 'records.jsonl.gz')])) as RawArticle[];
    expect(item.id).toBe('a1');
    expect(item.sourcePath).toBe(`${join(READ, 'records.jsonl.gz')}#0`);
  });
});

describe('readInputs: JSON files, text, folders', () => {
  it('reads a JSON array as numbered records and a single object as the file', async () => {
    const items = (await readAll([join(READ, 'array.json'), join(READ, 'one.json')])) as RawArticle[];
    expect(items.map((x) => [x.sourcePath, x.id])).toEqual([
      [`${join(READ, 'array.json')}#0`, 'j1'],
      [`${join(READ, 'array.json')}#1`, 'j2'],
      [join(READ, 'one.json'), 'one'],
    ]);
  });

  it('walks folders recursively in sorted order, skipping files of other kinds', async () => {
    const items = (await readAll([join(READ, 'folder')])) as RawArticle[];
    expect(items.map((x) => x.sourcePath.slice(READ.length + 1))).toEqual([
      'folder/a.txt',
      'folder/b.txt',
      'folder/nested/c.txt',
      'folder/nested/d.txt.gz',
    ]);
    expect(items[3].body).toBe('A gzipped text file inside the nested folder.\n');
  });

  it('lists a folder that links to itself only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-loop-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'An article.');
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const items = (await readAll([dir])) as RawArticle[];
    expect(items.map((x) => x.sourcePath)).toEqual([join(dir, 'sub', 'a.txt')]);
  });

  it('drops a UTF-8 byte-order mark and keeps the text as written', async () => {
    const [item] = (await readAll([join(READ, 'crlf-bom.txt')])) as RawArticle[];
    expect(item.body.startsWith('Line one')).toBe(true);
    expect(item).toMatchObject({ format: 'text' });
  });

  it('decodes an HTML page in the encoding it declares when it is not UTF-8', async () => {
    const [item] = (await readAll([join(READ, 'latin1-page.html')])) as RawArticle[];
    expect(item.format).toBe('html');
    expect(item.body).toContain('The café on the square reopened on Monday – “finally”, said its owner.');
  });

  it('reads .html and .htm pages as HTML, and a .txt holding a whole page too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-read-'));
    writeFileSync(join(dir, 'page.txt'), '<!DOCTYPE html><html><body><p>Saved as text.</p></body></html>');
    const items = (await readAll([join(FIXTURES, 'html'), join(dir, 'page.txt')])) as RawArticle[];
    expect(items.map((x) => [x.sourcePath.split('/').pop(), x.format])).toEqual([
      ['blog-post.htm', 'html'],
      ['news-page.html', 'html'],
      ['page.txt', 'html'],
    ]);
  });
});
