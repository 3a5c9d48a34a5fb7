// Golden files: the cleaned text of both copies of the sample story. To regenerate after an
// intended change, run `UPDATE_GOLDEN=1 npx jest test/clean/golden` and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../../src/clean';
import type { CleanArticle } from '../../src/types';

const STORY = join(__dirname, '..', 'fixtures', 'ukraine-nato');
const GOLDEN = join(__dirname, '..', 'fixtures', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function cleanFile(name: string): CleanArticle {
  return cleanArticle({ sourcePath: name, format: 'text', body: readFileSync(join(STORY, name), 'utf8') });
}

describe.each(['grushko-ironclad-guarantees.scraped.txt', 'grushko-ironclad-guarantees.clean.txt'])('golden: %s', (name) => {
  const article = cleanFile(name);
  const goldenPath = join(GOLDEN, name);

  it('matches the golden text', () => {
    if (UPDATE) writeFileSync(goldenPath, `${article.text}\n`);
    expect(existsSync(goldenPath)).toBe(true);
    expect(article.text).toBe(readFileSync(goldenPath, 'utf8').replace(/\n$/, ''));
  });

  it('starts at the lede, ends at the last paragraph, and carries no chrome or mojibake', () => {
    expect(article.text.startsWith('According to reports, Russian Deputy Foreign Minister Alexander Grushko')).toBe(true);
    expect(article.text.endsWith('since one of the root causes of the conflict will be eliminated,” Grushko said.')).toBe(true);
    for (const bad of ['You May Also Like', 'You can now listen', 'Karen Read', 'Joey Chestnut', 'Purdue Pharma', 'Â', 'â€', '\u00a0']) {
      expect(article.text).not.toContain(bad);
    }
  });

  it('keeps the photo caption as a caption and the credit as metadata', () => {
    expect(article.captions).toHaveLength(1);
    const caption = article.text.slice(article.captions[0].start, article.captions[0].end);
    expect(caption).toMatch(/^French President Emmanuel Macron attends .* on March 15, 2025\.$/);
    expect(article.credits).toEqual(['KIRAN RIDLEY/POOL/AFP via Getty Images']);
    expect(article.text).not.toContain('Getty Images');
  });
});

describe('golden: what the scraped copy loses, and why', () => {
  const scraped = cleanFile('grushko-ironclad-guarantees.scraped.txt');
  const clean = cleanFile('grushko-ironclad-guarantees.clean.txt');

  it('records every removal with a reason', () => {
    expect(scraped.removed.map((r) => r.reason)).toEqual(['headline', 'related-links', 'photo-credit', 'video-title']);
    const related = scraped.removed.find((r) => r.reason === 'related-links')!;
    expect(related.text.startsWith('You May Also Like\n')).toBe(true);
    expect(related.text).toContain('Purdue Pharma');
  });

  it('keeps the embedded video title for the event extractor', () => {
    expect(scraped.videoTitles).toEqual(['Macron on virtual meeting with Starmer about Ukraine peacekeeping mission']);
    expect(scraped.text).not.toContain('Macron on virtual meeting');
  });

  it('takes the headline line as a guessed title when no metadata gives one', () => {
    expect(scraped.title).toBe("Russia wants 'ironclad' guarantee that Ukraine will be barred from NATO: official");
    expect(scraped.guessed).toEqual({ title: true });
    expect(clean.title).toBeNull();
  });

  it('gives both copies the same body and so the same key and content hash', () => {
    expect(scraped.text).toBe(clean.text);
    expect(scraped.key).toBe(clean.key);
    expect(scraped.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
