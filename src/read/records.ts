// JSON and JSON Lines records -> RawArticle. Record metadata is taken as given (it wins over
// anything the cleaner could guess from the text).
import type { RawArticle } from '../types';

const STRING_FIELDS = ['id', 'url', 'title', 'outlet', 'publishedAt', 'language', 'author'] as const;

/** A record as a RawArticle, or the reason it cannot be one. */
export function recordToArticle(record: unknown, sourcePath: string): RawArticle | { reason: string } {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { reason: 'record is not a JSON object' };
  }
  const fields = record as Record<string, unknown>;
  const hasText = typeof fields.text === 'string' && fields.text.trim() !== '';
  const hasHtml = typeof fields.html === 'string' && fields.html.trim() !== '';
  if (!hasText && !hasHtml) return { reason: 'record has no non-empty "text" or "html" field' };
  const article: RawArticle = hasText
    ? { sourcePath, format: 'text', body: fields.text as string }
    : { sourcePath, format: 'html', body: fields.html as string };
  for (const name of STRING_FIELDS) {
    const value = fields[name];
    if (value === undefined || value === null) continue;
    // Ids are often numbers; anything else that is not a string is a malformed record.
    if (name === 'id' && typeof value === 'number') article.id = String(value);
    else if (typeof value !== 'string') return { reason: `field "${name}" must be a string` };
    else if (value.trim() !== '') article[name] = value.trim();
  }
  return article;
}
