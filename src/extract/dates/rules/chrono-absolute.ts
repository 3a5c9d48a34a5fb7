// Explicit calendar dates found by chrono-node ("March 15, 2025", "Feb. 28", "15 March 2025",
// "September 2010", "2025-03-15"). Only results that name a month are kept: chrono's casual
// weekdays and relative words are handled by this module's own rules, which follow the tense of
// news prose. A month-day without a year takes the year its sentence opens with ("In 2016, ..."),
// else its year from the tense of the sentence.
import * as chrono from 'chrono-node';
import { dayPeriod, isValidDay, monthPeriod, type Period } from '../calendar';
import { spanAt } from '../../text';
import { alternation, dateData } from '../data';
import { monthWithoutYear, yearForMonthDay } from '../resolve';
import type { DateCandidate, DateContext, DateRule } from '../rule';

type Components = chrono.ParsedResult['start'];

/** The year a sentence opens with ("In 2016, ...", "In the 2016 election, ...", "During 2019 ..."), if any. */
function frameYear(ctx: DateContext, at: number): number | null {
  const sentence = spanAt(ctx.layout.sentences, at);
  if (!sentence) return null;
  const m = /^\s*(?:In|During|Throughout)\s+(?:the\s+)?(1[5-9]\d\d|20\d\d)\b(?![-\u2013\u2014]\d)/.exec(ctx.text.slice(sentence.start, at));
  return m ? Number(m[1]) : null;
}

function periodOf(ctx: DateContext, c: Components, start: number, end: number): { period: Period; relative: boolean } | null {
  const month = c.get('month');
  if (month === null) return null;
  const day = c.isCertain('day') ? c.get('day') : null;
  if (c.isCertain('year')) {
    const year = c.get('year')!;
    return { period: day ? dayPeriod({ year, month, day }) : monthPeriod(year, month), relative: false };
  }
  // "In the 2016 election, Sanders ran until June": a sentence framed by a year dates its months.
  const framed = frameYear(ctx, start);
  if (framed !== null) {
    if (day === null) return { period: monthPeriod(framed, month), relative: false };
    if (isValidDay(framed, month, day)) return { period: dayPeriod({ year: framed, month, day }), relative: false };
  }
  const direction = ctx.tenseAt(start, end);
  if (day === null) return { period: monthWithoutYear(ctx.reference, month, direction), relative: true };
  const year = yearForMonthDay(ctx.reference, month, day, direction);
  return year === null ? null : { period: dayPeriod({ year, month, day }), relative: true };
}

export const chronoAbsoluteRule: DateRule = {
  id: 'chrono-absolute',
  propose(ctx) {
    const ref = new Date(ctx.reference.year, ctx.reference.month - 1, ctx.reference.day, 12);
    const out: DateCandidate[] = [];
    // chrono marks the month of "last week" as certain too: keep only results that write a
    // month name or digits.
    const written = new RegExp(`\\d|\\b(?:${alternation(Object.keys(dateData().lexicon.months))})\\b`, 'i');
    // The strict parser for dated days: the casual one glues words like "night" to a date and
    // loses it. The casual one only for months without a day ("September 2010", "in February").
    const results = [
      ...chrono.en.strict.parse(ctx.text, ref),
      ...chrono.en.casual.parse(ctx.text, ref).filter((r) => !r.start.isCertain('day')),
    ];
    for (const r of results) {
      if (!r.start.isCertain('month') || !written.test(r.text)) continue;
      // chrono keeps a leading preposition ("on 15 March 2024"); the date is what follows it.
      // It may also glue a number before it to the date ("COVID-19 on July 1").
      const lead = /^(?:[\w-]*\d[\w-]*\s+)?(?:on|in|at|by|from|since|until)\s+/i.exec(r.text)?.[0].length ?? 0;
      const start = r.index + lead;
      // ... and sometimes trailing punctuation or "of" ("June of this year" -> "June").
      const end = r.index + r.text.replace(/(?:[\s,.;:]|\s+of)+$/i, '').length;
      // A range ("September 24 to September 29") is two dates when each half names its month.
      const split = r.end ? /\s*(?:\bto\b|\bthrough\b|\buntil\b|\band\b|[-\u2013\u2014])\s*(?=[^-\u2013\u2014]*$)/.exec(r.text) : null;
      if (split && r.end?.isCertain('month')) {
        const firstEnd = r.index + split.index;
        const secondStart = r.index + split.index + split[0].length;
        const a = periodOf(ctx, r.start, start, firstEnd);
        const b = periodOf(ctx, r.end, secondStart, end);
        if (a) out.push({ start, end: firstEnd, ...a, rule: this.id });
        if (b) out.push({ start: secondStart, end, ...b, rule: this.id });
        continue;
      }
      const p = periodOf(ctx, r.start, start, end);
      if (!p) continue;
      if (r.end && r.end.isCertain('day') && p.period.grain === 'day') {
        // "March 10-12": one mention spanning the days.
        const endP = periodOf(ctx, r.end, start, end);
        if (endP && endP.period.endDate > p.period.startDate) p.period = { ...p.period, endDate: endP.period.endDate };
      }
      out.push({ start, end, ...p, rule: this.id });
    }
    return out;
  },
};
