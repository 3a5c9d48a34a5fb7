// The shared shape of quote proposals: every rule proposes candidates with a span and its rule id;
// the speaker resolver and the refiners in index.ts turn them into Quote records.
import type { QuoteKind, Span } from '../../types';
import type { Attribution } from './attribution';

export interface QuoteCandidate extends Span {
  kind: QuoteKind;
  /** The quoted words of each paragraph (one segment unless the quote runs over paragraphs). */
  segments: Span[];
  /** Where the quote sits with its marks (equal to start/end for indirect speech). */
  open: number;
  close: number;
  /** Id of the rule that proposed it. */
  rule: string;
  /** Attribution found by the proposing rule itself (indirect speech always has one). */
  attribution?: Attribution;
}

/** Article text with the given spans blanked out (same length), so cues are never read inside quotes. */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}
