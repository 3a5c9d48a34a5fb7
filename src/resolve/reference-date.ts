// PLACEHOLDER (issue #5 replaces this).
import type { CleanArticle, ReferenceDateSource } from '../types';

export function chooseReferenceDate(article: CleanArticle, ingestDate: string): { date: string; source: ReferenceDateSource } {
  if (article.publishedAt) return { date: article.publishedAt.slice(0, 10), source: article.guessed.publishedAt ? 'text' : 'metadata' };
  return { date: ingestDate, source: 'ingest' };
}
