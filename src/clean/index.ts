// PLACEHOLDER (issue #3 replaces this).
import type { CleanArticle, RawArticle } from '../types';
import { articleKey, normaliseForHash, sha256Hex } from '../keys';

export function cleanArticle(raw: RawArticle): CleanArticle {
  const text = raw.body.normalize('NFC').trim();
  const norm = normaliseForHash(text);
  return {
    key: articleKey(raw.url ?? null, norm), sourcePath: raw.sourcePath, title: raw.title ?? null,
    url: raw.url ?? null, outlet: raw.outlet ?? null, publishedAt: raw.publishedAt ?? null,
    author: raw.author ?? null, language: raw.language ?? 'en', text, removed: [], captions: [],
    credits: [], videoTitles: [], guessed: {}, contentHash: sha256Hex(norm),
    wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}
