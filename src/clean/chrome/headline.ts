// The headline repeated as the first line of the body. With a title from metadata, a first line
// equal to it is removed; without one, a headline-shaped first line becomes the (guessed) title.
import { type ChromeDocument, type ChromeRule, keptBlocks, removeBlock, sameLine, wordCount } from './document';

/** A line shaped like a headline: short, and not ending like a sentence of running text. */
export function isHeadlineShaped(text: string, maxWords = 25): boolean {
  const words = wordCount(text);
  return words >= 2 && words <= maxWords && !/[.,;:…]$/.test(text) && /^[\p{Lu}\p{N}"'‘“]/u.test(text);
}

export const repeatedHeadline: ChromeRule = {
  id: 'repeated-headline',
  apply(doc: ChromeDocument) {
    const kept = keptBlocks(doc);
    if (doc.title) {
      const first = kept.slice(0, 2).find((b) => sameLine(b.text, doc.title as string));
      if (first) removeBlock(doc, first, 'repeated-headline');
      return;
    }
    // Guess only when a body follows (a paragraph longer than the line within the next few, which
    // may be captions), so a one-paragraph text is never taken for its own title.
    const [first, ...rest] = kept;
    const bodyFollows = rest.slice(0, 3).some((b) => wordCount(b.text) > wordCount(first?.text ?? ''));
    if (first && bodyFollows && isHeadlineShaped(first.text)) {
      doc.title = first.text;
      doc.guessed.title = true;
      removeBlock(doc, first, 'headline');
    }
  },
};
