// The date an article's relative expressions ("on Saturday", "last week") are resolved against.
// In order: the publication date from metadata; a date the text states (the cleaner's guess, a
// dateline at the top, else the latest full date in the body); the ingest date.
import type { CleanArticle, ReferenceDateSource } from '../types';
import { extractDates } from '../extract/dates';
import { layoutText } from '../extract/text';

export interface ReferenceDate {
  date: string;
  source: ReferenceDateSource;
  /**
   * True when the date is only a lower bound of publication: the latest date the body states
   * (an article is written on or after the events it dates). Relative days may then fall on it.
   */
  lowerBound: boolean;
}

/** How far into the article a dateline may sit: headline and dateline paragraphs come first. */
const DATELINE_PARAGRAPHS = 3;

export function chooseReferenceDate(article: CleanArticle, ingestDate: string): ReferenceDate {
  const given = article.publishedAt ? /^\d{4}-\d{2}-\d{2}/.exec(article.publishedAt)?.[0] : undefined;
  if (given) return { date: given, source: article.guessed.publishedAt ? 'text' : 'metadata', lowerBound: false };

  const layout = layoutText(article.text);
  // Absolute dates only, so the reference used to find them does not matter.
  const stated = extractDates(article.text, layout, ingestDate).filter((d) => !d.relative && d.grain === 'day');

  const dateline = stated.find((d) => {
    const i = layout.paragraphs.findIndex((p) => p.start <= d.start && d.end <= p.end);
    if (i < 0 || i >= DATELINE_PARAGRAPHS) return false;
    const p = layout.paragraphs[i];
    const rest = article.text.slice(p.start, d.start) + article.text.slice(d.end, p.end);
    // The date alone on its line, or "PLACE, <date> —" opening a paragraph.
    return /^[\s,.\-\u2013\u2014]*$/.test(rest) || /^[A-Z][A-Za-z .'\u2019-]{1,40},\s*$/.test(article.text.slice(p.start, d.start));
  });
  if (dateline) return { date: dateline.startDate, source: 'text', lowerBound: false };

  const latest = stated.map((d) => d.startDate).filter((d) => d <= ingestDate).sort().pop();
  if (latest) return { date: latest, source: 'text', lowerBound: true };
  return { date: ingestDate, source: 'ingest', lowerBound: false };
}
