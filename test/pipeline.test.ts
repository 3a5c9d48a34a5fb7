import { join } from 'node:path';
import { extractBatch } from '../src/pipeline';

const WIKINEWS = join(__dirname, 'fixtures', 'wikinews', 'sample.jsonl');

describe('extractBatch with a reload filter', () => {
  it('a batch found wholly unchanged is neither extracted nor signed (nothing will be written)', async () => {
    const first = await extractBatch([WIKINEWS], { ingestDate: '2026-01-01' });
    const stored = new Set(first.extractions.map((x) => x.article.key));
    expect(stored.size).toBeGreaterThan(1);
    const again = await extractBatch([WIKINEWS], { ingestDate: '2026-01-01', isUnchanged: (a) => stored.has(a.key) });
    expect(again.extractions).toEqual([]);
    expect(new Set(again.unchanged.map((u) => u.key))).toEqual(stored);
    expect(again.signatures.size).toBe(0);
  });

  it('one changed article: it is extracted, and every article of the batch is signed for same-story links', async () => {
    const first = await extractBatch([WIKINEWS], { ingestDate: '2026-01-01' });
    const keys = first.extractions.map((x) => x.article.key);
    const changed = keys[0];
    const again = await extractBatch([WIKINEWS], { ingestDate: '2026-01-01', isUnchanged: (a) => a.key !== changed });
    expect(again.extractions.map((x) => x.article.key)).toEqual([changed]);
    expect(new Set(again.signatures.keys())).toEqual(new Set(keys));
  });
});
