// Date expressions of one article, normalised against its reference date.
//
// Rules (rules/) propose candidates with a span, a resolved period and a rule id; refiners
// (refiners/) then drop what is not a date and settle overlaps. chrono-node proposes the
// explicit calendar dates; this module's own rules handle what news prose needs and chrono gets
// wrong: weekdays and weekends that follow the tense of the sentence, ISO weeks, seasons,
// quarters, bare years, decades, months fixed by a deictic word ("last December") and
// month-days whose year depends on tense.
import type { DateMention } from '../../types';
import type { TextLayout } from '../text';
import { parseIsoDay } from './calendar';
import type { DateCandidate, DateContext, DateRefiner, DateRule } from './rule';
import { makeTenseReader } from './tense';
import { chronoAbsoluteRule } from './rules/chrono-absolute';
import { monthRelativeRule } from './rules/month-relative';
import { weekdayRule } from './rules/weekday';
import { relativeDayRule } from './rules/relative-day';
import { relativePeriodRule } from './rules/relative-period';
import { agoRule } from './rules/ago';
import { seasonRule } from './rules/season';
import { quarterRule } from './rules/quarter';
import { yearRule } from './rules/year';
import { notDatesRefiner } from './refiners/not-dates';
import { makeOverlapRefiner } from './refiners/overlaps';

/** In order of preference when two rules propose the same span. */
export const DATE_RULES: DateRule[] = [
  seasonRule, quarterRule, monthRelativeRule, relativePeriodRule, agoRule, chronoAbsoluteRule, weekdayRule, relativeDayRule, yearRule,
];

export const DATE_REFINERS: DateRefiner[] = [notDatesRefiner, makeOverlapRefiner(DATE_RULES.map((r) => r.id))];

export interface DateOptions {
  /** The reference date is a lower bound of publication (a date stated in the body), not the publication date. */
  referenceIsLowerBound?: boolean;
}

export function extractDates(text: string, layout: TextLayout, referenceDate: string, options: DateOptions = {}): DateMention[] {
  const ctx: DateContext = {
    text,
    layout,
    reference: parseIsoDay(referenceDate),
    referenceIsLowerBound: options.referenceIsLowerBound ?? false,
    tenseAt: makeTenseReader(text, layout),
  };
  let candidates: DateCandidate[] = DATE_RULES.flatMap((rule) => rule.propose(ctx));
  for (const refiner of DATE_REFINERS) candidates = refiner.refine(ctx, candidates);
  return candidates.map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.period.value,
    startDate: c.period.startDate,
    endDate: c.period.endDate,
    grain: c.period.grain,
    relative: c.relative,
  }));
}

export type { DateCandidate, DateRule, DateRefiner };
