// Resolution helpers shared by the rules: where a weekday, month-day, month or weekend falls
// relative to the reference date, given which way the sentence points.
import {
  addDays, daysBetween, isoWeekday, isValidDay, monthPeriod, weekendPeriod, type DayParts, type Period,
} from './calendar';
import type { Tense } from './rule';

/** Past: the most recent such weekday before the reference (or on it, when it is a lower bound); future: the next after it. */
export function weekdayFrom(reference: DayParts, weekday: number, direction: Tense, lowerBound: boolean): DayParts {
  const today = isoWeekday(reference);
  if (direction === 'future') {
    const ahead = (weekday - today + 7) % 7 || 7;
    return addDays(reference, ahead);
  }
  const back = (today - weekday + 7) % 7 || (lowerBound ? 0 : 7);
  return addDays(reference, -back);
}

/** Beyond this many days in the tense's direction, a month-day yields to a near one the other way. */
const FAR_DAYS = 182;
const NEAR_DAYS = 60;

/**
 * The year of a month-day written without one: past, the latest on or before the reference;
 * future, the next on or after. Tense cues are noisy (reported speech, noun phrases), so a
 * choice half a year away gives way to one within two months in the other direction
 * ("on May 16" in a past-tense sentence dated May 7 is nine days ahead, not a year back).
 */
export function yearForMonthDay(reference: DayParts, month: number, day: number, direction: Tense): number | null {
  const onOrBefore = month < reference.month || (month === reference.month && day <= reference.day);
  const pastYear = onOrBefore ? reference.year : reference.year - 1;
  const futureYear = onOrBefore && !(month === reference.month && day === reference.day) ? reference.year + 1 : reference.year;
  const distance = (year: number) => Math.abs(daysBetween(reference, { year, month, day: Math.min(day, 28) }));
  let year = direction === 'past' ? pastYear : futureYear;
  const other = direction === 'past' ? futureYear : pastYear;
  if (distance(year) > FAR_DAYS && distance(other) <= NEAR_DAYS) year = other;
  return isValidDay(year, month, day) || (month === 2 && day === 29) ? year : null;
}

/**
 * Beyond this many months in the tense's direction, a month yields to the adjacent one the other
 * way. Only the adjacent month: "banned travel in January", written in November, is the January
 * past, not the one two months ahead.
 */
const FAR_MONTHS = 6;
const NEAR_MONTHS = 1;

/**
 * A month named without a year: past, the latest one up to the reference month; future, the
 * next from it; as for month-days, a choice half a year off yields to one within two months
 * the other way ("Monday's bid for October elections", written in September).
 */
export function monthWithoutYear(reference: DayParts, month: number, direction: Tense): Period {
  const pastYear = month <= reference.month ? reference.year : reference.year - 1;
  const futureYear = month >= reference.month ? reference.year : reference.year + 1;
  const distance = (year: number) => Math.abs((year - reference.year) * 12 + month - reference.month);
  let year = direction === 'past' ? pastYear : futureYear;
  const other = direction === 'past' ? futureYear : pastYear;
  if (distance(year) > FAR_MONTHS && distance(other) <= NEAR_MONTHS) year = other;
  return monthPeriod(year, month);
}

/** Past: the last weekend that began before the reference; future: the next one not yet over. */
export function weekendFrom(reference: DayParts, direction: Tense, lowerBound: boolean): Period {
  const saturday = direction === 'past'
    ? weekdayFrom(reference, 6, 'past', true)
    : isoWeekday(reference) >= 6 ? reference : weekdayFrom(reference, 6, 'future', false);
  // A past weekend must have started before the reference day (or on it, for a lower bound).
  const start = direction === 'past' && !lowerBound && saturday.day === reference.day && saturday.month === reference.month
    ? addDays(saturday, -7)
    : saturday;
  return weekendPeriod(start);
}

