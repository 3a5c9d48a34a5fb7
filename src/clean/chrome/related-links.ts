// A "You May Also Like" block: a heading line followed by teaser headlines and summaries of other
// stories. In scraped text it usually closes the article: everything from the heading on leaves,
// up to a paragraph too long to be a teaser (a box in the middle of the article).
import { compilePatterns, loadCleanData } from '../data';
import { type ChromeDocument, type ChromeRule, keptBlocks, removeBlock, wordCount } from './document';

interface ChromeLines {
  relatedHeadings: { reason: string; patterns: string[] };
}

/** The heading must follow some body: a "Related" line at the very top is navigation, not a block. */
const MIN_BODY_WORDS_BEFORE = 40;
/** Teasers are headlines and one-line summaries; a longer paragraph means the article goes on. */
const MAX_TEASER_WORDS = 40;

let headings: RegExp[] | undefined;

export function isRelatedHeading(text: string): boolean {
  headings ??= compilePatterns(loadCleanData<ChromeLines>('chrome-lines.json').relatedHeadings.patterns);
  const line = text.trim();
  return wordCount(line) <= 8 && headings.some((re) => re.test(line));
}

export const relatedLinks: ChromeRule = {
  id: 'related-links',
  apply(doc: ChromeDocument) {
    const kept = keptBlocks(doc);
    let wordsBefore = 0;
    for (let i = 0; i < kept.length; i++) {
      if (wordsBefore >= MIN_BODY_WORDS_BEFORE && isRelatedHeading(kept[i].text)) {
        // In HTML the teaser links themselves were already dropped by their link density, and
        // such a heading often sits in a box in the middle of the article: only the heading goes.
        if (doc.source === 'html') {
          removeBlock(doc, kept[i], 'related-links');
          continue;
        }
        const bodyAgain = kept.findIndex((b, j) => j > i && wordCount(b.text) > MAX_TEASER_WORDS);
        const end = bodyAgain < 0 ? kept.length : bodyAgain;
        const block = kept.slice(i, end);
        for (const b of block) b.removedAs = 'related-links';
        doc.removed.push({ text: block.map((b) => b.text).join('\n'), reason: 'related-links' });
        doc.scraped = true;
        i = end - 1;
        continue;
      }
      wordsBefore += wordCount(kept[i].text);
    }
  },
};
