// Calendar arithmetic on plain ISO dates (YYYY-MM-DD), in UTC so that no local time zone can
// shift a day. Weeks are ISO weeks: Monday to Sunday, week 1 holds the year's first Thursday.
import type { DateGrain } from '../../types';

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** A resolved calendar period: the value the graph stores and the first and last day it covers. */
export interface Period {
  value: string;
  startDate: string;
  endDate: string;
  grain: DateGrain;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function parseIsoDay(iso: string): DayParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function formatDay(d: DayParts): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

const toUtc = (d: DayParts) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): DayParts => {
  const x = new Date(ms);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
};

export function addDays(d: DayParts, days: number): DayParts {
  return fromUtc(toUtc(d) + days * 86_400_000);
}

/** Days from a to b (b - a). */
export function daysBetween(a: DayParts, b: DayParts): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function isoWeekday(d: DayParts): number {
  const js = new Date(toUtc(d)).getUTCDay();
  return js === 0 ? 7 : js;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function dayPeriod(d: DayParts): Period {
  const iso = formatDay(d);
  return { value: iso, startDate: iso, endDate: iso, grain: 'day' };
}

/** The ISO week (Monday..Sunday) that contains the day. */
export function weekPeriod(d: DayParts): Period {
  const monday = addDays(d, 1 - isoWeekday(d));
  const thursday = addDays(monday, 3);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return {
    value: `${thursday.year}-W${pad(week)}`,
    startDate: formatDay(monday),
    endDate: formatDay(addDays(monday, 6)),
    grain: 'week',
  };
}

/** Saturday and Sunday of the ISO week containing the day. */
export function weekendPeriod(d: DayParts): Period {
  const week = weekPeriod(d);
  const saturday = addDays(parseIsoDay(week.startDate), 5);
  return { value: `${week.value}-WE`, startDate: formatDay(saturday), endDate: week.endDate, grain: 'week' };
}

export function monthPeriod(year: number, month: number): Period {
  return {
    value: `${pad(year, 4)}-${pad(month)}`,
    startDate: formatDay({ year, month, day: 1 }),
    endDate: formatDay({ year, month, day: daysInMonth(year, month) }),
    grain: 'month',
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    value: `${pad(year, 4)}-Q${quarter}`,
    startDate: formatDay({ year, month: first, day: 1 }),
    endDate: formatDay({ year, month: first + 2, day: daysInMonth(year, first + 2) }),
    grain: 'quarter',
  };
}

/** A three-month meteorological season starting in firstMonth of the year (winter runs into the next year). */
export function seasonPeriod(year: number, code: string, firstMonth: number): Period {
  const last = addMonths(year, firstMonth, 2);
  return {
    value: `${pad(year, 4)}-${code}`,
    startDate: formatDay({ year, month: firstMonth, day: 1 }),
    endDate: formatDay({ year: last.year, month: last.month, day: daysInMonth(last.year, last.month) }),
    grain: 'season',
  };
}

export function yearPeriod(year: number): Period {
  return { value: pad(year, 4), startDate: `${pad(year, 4)}-01-01`, endDate: `${pad(year, 4)}-12-31`, grain: 'year' };
}

/** A run of years, e.g. a decade ("196X") or a century ("19XX"); its grain stays 'year'. */
export function yearsPeriod(first: number, last: number, value: string): Period {
  return { value, startDate: `${pad(first, 4)}-01-01`, endDate: `${pad(last, 4)}-12-31`, grain: 'year' };
}
