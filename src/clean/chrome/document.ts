// The body as a list of blocks (one paragraph or line each) that chrome rules mark up. Rules never
// delete text silently: every removal goes to `removed` with a reason.
import type { RemovedBlock } from '../../types';

export interface Block {
  text: string;
  /** Why the whole block left the body (undefined while it is kept). */
  removedAs?: string;
  /** The block is a photo caption (kept in the body, reported as a span). */
  caption?: boolean;
}

export interface ChromeDocument {
  blocks: Block[];
  /** Title from metadata, or guessed from the first line. */
  title: string | null;
  publishedAt: string | null;
  guessed: { title?: boolean; publishedAt?: boolean };
  removed: RemovedBlock[];
  credits: string[];
  videoTitles: string[];
  /** Where the blocks came from: plain or scraped text, or the main text of an HTML page. */
  source: 'text' | 'html';
  /** True once a rule found page chrome that only scraped pages carry; stricter rules wait for it. */
  scraped: boolean;
}

/** A rule that finds one kind of chrome. Rules run in order over the same document. */
export interface ChromeRule {
  id: string;
  /** Rules that judge a line by its shape alone only run on text already shown to be scraped. */
  needsScrapedEvidence?: boolean;
  /** Rules that only apply to one kind of source (HTML markup tells more than line shapes). */
  only?: 'text' | 'html';
  apply(doc: ChromeDocument): void;
}

export function removeBlock(doc: ChromeDocument, block: Block, reason: string): void {
  if (block.removedAs) return;
  block.removedAs = reason;
  doc.removed.push({ text: block.text, reason });
}

export function keptBlocks(doc: ChromeDocument): Block[] {
  return doc.blocks.filter((b) => !b.removedAs);
}

/** Words as runs of non-space characters (a hot path: every rule measures lines). */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Loose comparison of two lines: case, quotes, punctuation and spacing do not matter. */
export function sameLine(a: string, b: string): boolean {
  return looseKey(a) === looseKey(b) && looseKey(a) !== '';
}

export function looseKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
