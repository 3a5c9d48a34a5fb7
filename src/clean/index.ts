// Stage `clean`: RawArticle -> CleanArticle. HTML pages go through main-text extraction first;
// then every body is normalised (mojibake, spaces, NFC) and page chrome is taken out by the rules in
// ./chrome, each removal recorded with its reason.
import type { CleanArticle, RawArticle, Span } from '../types';
import { articleKey, normaliseForHash, sha256Hex } from '../keys';
import { normaliseInline, normaliseText } from './normalise';
import { removeChrome, type Block, type ChromeDocument } from './chrome';
import { wordCount } from './chrome/document';
import { extractFromHtml } from './html/extract';
import { normaliseDate } from './html/metadata';
import { splitParagraphs } from './paragraphs';
import { detectLanguage } from './language';

/** Paragraph separator of CleanArticle.text. */
export const PARAGRAPH_BREAK = '\n\n';

export function cleanArticle(raw: RawArticle): CleanArticle {
  if (raw.body.trim() === '') throw new Error('empty body');
  const doc: ChromeDocument = {
    blocks: [],
    title: inline(raw.title),
    publishedAt: raw.publishedAt ? normaliseDate(raw.publishedAt) ?? raw.publishedAt.trim() : null,
    guessed: {},
    removed: [],
    credits: [],
    videoTitles: [],
    source: raw.format,
    scraped: false,
  };
  let url = raw.url ?? null;
  let outlet = inline(raw.outlet);
  let author = inline(raw.author);
  let language = raw.language ?? null;

  if (raw.format === 'html') {
    const page = extractFromHtml(raw.body, raw.url);
    // Metadata given with the record wins over what the page says about itself.
    doc.title ??= inline(page.metadata.title);
    doc.publishedAt ??= page.metadata.publishedAt;
    url ??= page.metadata.url;
    outlet ??= inline(page.metadata.outlet);
    author ??= inline(page.metadata.author);
    language ??= page.metadata.language;
    doc.blocks = page.blocks.flatMap((b) => toBlocks(normaliseText(b.text), b.caption ?? false));
    doc.removed.push(...page.removed);
    doc.credits.push(...page.credits.map(normaliseInline));
  } else {
    doc.blocks = toBlocks(normaliseText(raw.body), false);
  }
  if (doc.blocks.length === 0) throw new Error(raw.format === 'html' ? 'no article text found in the HTML page' : 'no text in the body');

  removeChrome(doc);
  const { text, captions } = compose(doc.blocks);
  if (text === '') throw new Error('nothing left after removing page chrome');
  const normalised = normaliseForHash(text);
  return {
    key: articleKey(url, normalised),
    sourcePath: raw.sourcePath,
    title: doc.title,
    url,
    outlet,
    publishedAt: doc.publishedAt,
    author,
    // What the text itself shows beats metadata, which pages often get wrong.
    language: detectLanguage(text) ?? language ?? 'en',
    text,
    removed: doc.removed,
    captions,
    credits: doc.credits,
    videoTitles: doc.videoTitles,
    guessed: doc.guessed,
    contentHash: sha256Hex(normalised),
    wordCount: wordCount(text),
  };
}

function inline(value: string | null | undefined): string | null {
  const text = value ? normaliseInline(value) : '';
  return text === '' ? null : text;
}

/** One block per paragraph. */
function toBlocks(text: string, caption: boolean): Block[] {
  return splitParagraphs(text).map((p) => (caption ? { text: p, caption: true } : { text: p }));
}

/** The kept blocks as the body, with the spans of captions. */
function compose(blocks: Block[]): { text: string; captions: Span[] } {
  const captions: Span[] = [];
  let text = '';
  for (const block of blocks) {
    if (block.removedAs || block.text === '') continue;
    if (text) text += PARAGRAPH_BREAK;
    if (block.caption) captions.push({ start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  return { text, captions };
}
