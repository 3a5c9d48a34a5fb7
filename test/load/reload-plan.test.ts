import { formatSummary, planSync, unchangedFilter, type IncomingArticle, type StoredArticle } from '../../src/load/reload';
import { EXTRACTOR_VERSION } from '../../src/version';

const stored = (key: string, contentHash: string, sourcePath: string, extractorVersion: string | null = EXTRACTOR_VERSION): StoredArticle => ({
  key, contentHash, sourcePath, extractorVersion,
});
const incoming = (key: string, contentHash: string, sourcePath: string): IncomingArticle => ({ key, contentHash, sourcePath });

describe('planSync', () => {
  it('writes new articles and skips unchanged ones', () => {
    const plan = planSync([stored('article:a', 'h1', 'in/a.txt')], [incoming('article:a', 'h1', 'in/a.txt'), incoming('article:b', 'h2', 'in/b.txt')]);
    expect(plan.unchanged).toEqual([0]);
    expect(plan.write).toEqual([{ index: 1, replacing: false }]);
    expect(plan.pruned).toEqual([]);
  });

  it.each([
    ['another version of the extractors', '0.0.1-older'],
    ['a version from before versions were stored', null],
  ])('rewrites an unchanged article written by %s', (_why, version) => {
    const s = [stored('article:a', 'h1', 'in/a.txt', version)];
    const plan = planSync(s, [incoming('article:a', 'h1', 'in/a.txt')]);
    expect(plan.write).toEqual([{ index: 0, replacing: true }]);
    expect(plan.unchanged).toEqual([]);
    // The reload's early test agrees, so the article is extracted again rather than skipped.
    expect(unchangedFilter(s)({ key: 'article:a', contentHash: 'h1' })).toBe(false);
    expect(unchangedFilter([stored('article:a', 'h1', 'in/a.txt')])({ key: 'article:a', contentHash: 'h1' })).toBe(true);
  });

  it('with force, rewrites unchanged articles too', () => {
    const plan = planSync([stored('article:a', 'h1', 'in/a.txt')], [incoming('article:a', 'h1', 'in/a.txt')], { force: true });
    expect(plan.write).toEqual([{ index: 0, replacing: true }]);
    expect(plan.unchanged).toEqual([]);
  });

  it('replaces an article whose content changed under the same key', () => {
    const plan = planSync([stored('article:https://x/1', 'old', 'in/x.jsonl#0')], [incoming('article:https://x/1', 'new', 'in/x.jsonl#0')]);
    expect(plan.write).toEqual([{ index: 0, replacing: true }]);
  });

  it('supersedes the old article of a file whose content (and so key) changed', () => {
    const plan = planSync([stored('article:old', 'h1', 'in/a.txt')], [incoming('article:new', 'h2', 'in/a.txt')]);
    expect(plan.write).toEqual([{ index: 0, replacing: false }]);
    expect([...plan.superseded.entries()]).toEqual([[0, ['article:old']]]);
  });

  it('notes a file that moved with the same content', () => {
    const s = [stored('article:a', 'h1', 'old/a.txt')];
    const plan = planSync(s, [incoming('article:a', 'h1', 'new/a.txt')], { prune: true, scope: ['old', 'new'] });
    expect(plan.unchanged).toEqual([0]);
    expect(plan.moved).toEqual([{ key: 'article:a', sourcePaths: ['new/a.txt'] }]);
    // Without prune the old file was not looked for, so it stays a source until a prune finds it gone.
    expect(planSync(s, [incoming('article:a', 'h1', 'new/a.txt')]).moved).toEqual([{ key: 'article:a', sourcePaths: ['new/a.txt', 'old/a.txt'] }]);
  });

  it('keeps every source of copies that share one key', () => {
    const plan = planSync([], [incoming('article:a', 'h', 'x.txt'), incoming('article:a', 'h', 'copy/x.txt')]);
    expect(plan.sourcePaths.get('article:a')).toEqual(['copy/x.txt', 'x.txt']);
  });

  it('with prune, keeps an article while another of its sources remains, and drops the gone one', () => {
    const copies = { ...stored('article:a', 'h', 'in/a.txt'), sourcePaths: ['in/a.txt', 'elsewhere/a.txt'] };
    const plan = planSync([copies], [incoming('article:b', 'h2', 'in/b.txt')], { prune: true, scope: ['in'] });
    expect(plan.pruned).toEqual([]);
    expect(plan.moved).toEqual([{ key: 'article:a', sourcePaths: ['elsewhere/a.txt'] }]);
  });

  it('with prune, removes an article once none of its sources remains', () => {
    const copies = { ...stored('article:a', 'h', 'in/a.txt'), sourcePaths: ['in/a.txt', 'in/copy/a.txt'] };
    const plan = planSync([copies], [incoming('article:b', 'h2', 'in/b.txt')], { prune: true, scope: ['in'] });
    expect(plan.pruned).toEqual(['article:a']);
    expect(plan.moved).toEqual([]);
  });

  it('reading one copy of a stored pair with prune over both keeps the pair unchanged only if both are read', () => {
    const copies = { ...stored('article:a', 'h', 'in/a.txt'), sourcePaths: ['in/a.txt', 'in/copy/a.txt'] };
    const both = planSync([copies], [incoming('article:a', 'h', 'in/a.txt'), incoming('article:a', 'h', 'in/copy/a.txt')], { prune: true, scope: ['in'] });
    expect(both).toMatchObject({ unchanged: [0], moved: [], pruned: [], duplicates: [1] });
    const one = planSync([copies], [incoming('article:a', 'h', 'in/a.txt')], { prune: true, scope: ['in'] });
    expect(one).toMatchObject({ unchanged: [0], moved: [{ key: 'article:a', sourcePaths: ['in/a.txt'] }], pruned: [] });
  });

  it.each([
    ['a file gone from a given folder', 'in', 'in/gone.txt', true],
    ['a record gone from a given JSONL file', 'in/x.jsonl', 'in/x.jsonl#7', true],
    ['a file outside the given paths', 'in', 'elsewhere/a.txt', false],
    ['a folder whose name only starts the same', 'in', 'inbox/a.txt', false],
  ])('prune: %s', (_name, scope, path, removed) => {
    const plan = planSync([stored('article:gone', 'h', path)], [incoming('article:b', 'h2', 'in/b.txt')], { prune: true, scope: [scope] });
    expect(plan.pruned).toEqual(removed ? ['article:gone'] : []);
  });

  it('never prunes without --prune, nor a file that exists but could not be read', () => {
    const s = [stored('article:gone', 'h', 'in/gone.txt'), stored('article:broken', 'h', 'in/broken.txt')];
    expect(planSync(s, [], { scope: ['in'] }).pruned).toEqual([]);
    expect(planSync(s, [], { prune: true, scope: ['in'], unreadable: ['in/broken.txt'] }).pruned).toEqual(['article:gone']);
  });

  it('keeps the first of two inputs with the same key', () => {
    const plan = planSync([], [incoming('article:a', 'h', 'x.txt'), incoming('article:a', 'h', 'copy/x.txt')]);
    expect(plan.write).toEqual([{ index: 0, replacing: false }]);
    expect(plan.duplicates).toEqual([1]);
  });

  it('planning the same input twice after loading it changes nothing', () => {
    const input = [incoming('article:a', 'h1', 'in/a.txt'), incoming('article:b', 'h2', 'in/b.txt')];
    const plan = planSync(input.map((i) => stored(i.key, i.contentHash, i.sourcePath)), input, { prune: true, scope: ['in'] });
    expect(plan).toMatchObject({ write: [], unchanged: [0, 1], moved: [], pruned: [] });
    expect(plan.superseded.size).toBe(0);
  });
});

describe('formatSummary', () => {
  it('is one line with articles, nodes and relationships created, updated and deleted, and the time', () => {
    const line = formatSummary({
      articles: { added: 12, updated: 1, unchanged: 3, removed: 2, duplicates: 0 },
      nodesCreated: 250,
      nodesUpdated: 40,
      nodesDeleted: 7,
      relationshipsCreated: 457,
      relationshipsUpdated: 61,
      relationshipsDeleted: 30,
      warnings: [],
      ms: 5520,
      buildMs: 400,
      writeMs: 3100,
    });
    expect(line).toBe(
      'articles: 12 added, 1 updated, 3 unchanged, 2 removed; nodes: 250 created, 40 updated, 7 deleted; ' +
        'relationships: 457 created, 61 updated, 30 deleted; 5.5 s',
    );
    expect(line).not.toContain('\n');
  });
});
