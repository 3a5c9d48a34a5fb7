// The shared interface of the date rules: a rule proposes candidates (span, resolved period,
// rule id); refiners then drop what is not a date and settle overlaps.
import type { TextLayout } from '../text';
import type { DayParts, Period } from './calendar';

export type Tense = 'past' | 'future';

export interface DateContext {
  text: string;
  layout: TextLayout;
  reference: DayParts;
  /**
   * True when the reference date is only known to be on or before publication (a date stated
   * in the body, not the publication date): the reference day itself then counts as "before".
   */
  referenceIsLowerBound: boolean;
  /** Tense of the clause around a date expression at [start, end). */
  tenseAt(start: number, end: number): Tense;
}

export interface DateCandidate {
  start: number;
  end: number;
  period: Period;
  /** Resolved against the reference date (rather than fully stated). */
  relative: boolean;
  /** Which rule proposed it. */
  rule: string;
}

export interface DateRule {
  id: string;
  propose(ctx: DateContext): DateCandidate[];
}

export interface DateRefiner {
  id: string;
  refine(ctx: DateContext, candidates: DateCandidate[]): DateCandidate[];
}

/** Every match of a global regex, with its groups, in text order. */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    else yield m;
  }
}
