// The language an article is written in, guessed from its function words ("the", "der", "yang"):
// page metadata is often missing or wrong (German pages tagged en, English ones tagged de), and
// only the gazetteer of the entity rules reads other languages than English.
import { loadCleanData } from './data';

interface FunctionWordsFile {
  languages: Record<string, string[]>;
}

/** Fewer words than this say too little. */
const MIN_WORDS = 30;
/** The best language's share of function words must reach this... */
const MIN_SHARE = 0.1;
/** ...and be this many times the runner-up's. */
const MIN_LEAD = 1.5;

let lists: [string, Set<string>][] | undefined;

/**
 * The language whose function words make up the largest share of the text's words, when the text
 * is long enough and the lead is clear; null otherwise (a table of scores, a page of captions).
 */
export function detectLanguage(text: string): string | null {
  lists ??= Object.entries(loadCleanData<FunctionWordsFile>('function-words.json').languages).map(([code, words]) => [code, new Set(words)]);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const shares = lists
    .map(([code, set]) => ({ code, share: words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0) / words.length }))
    .sort((a, b) => b.share - a.share);
  const [best, next] = shares;
  if (best.share < MIN_SHARE || best.share < MIN_LEAD * next.share) return null;
  return best.code;
}
