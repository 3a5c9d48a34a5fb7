// Periods named from the reference: "last week" (the previous Monday-Sunday ISO week), "this
// week", "next month", "this year", "last quarter", "this weekend" / "over the weekend" (by
// tense), and "year end" (December 31 of the reference year).
import {
  addDays, addMonths, dayPeriod, monthPeriod, quarterPeriod, weekPeriod, yearPeriod, type Period,
} from '../calendar';
import { alternation, dateData } from '../data';
import { weekendFrom } from '../resolve';
import { matchAll, type DateCandidate, type DateContext, type DateRule } from '../rule';

function periodFor(ctx: DateContext, unit: string, shift: number): Period | null {
  const ref = ctx.reference;
  switch (unit) {
    case 'week':
      return weekPeriod(addDays(ref, 7 * shift));
    case 'month': {
      const m = addMonths(ref.year, ref.month, shift);
      return monthPeriod(m.year, m.month);
    }
    case 'year':
      return yearPeriod(ref.year + shift);
    case 'quarter': {
      const q = addMonths(ref.year, Math.floor((ref.month - 1) / 3) * 3 + 1, 3 * shift);
      return quarterPeriod(q.year, Math.floor((q.month - 1) / 3) + 1);
    }
    default:
      return null;
  }
}

export const relativePeriodRule: DateRule = {
  id: 'relative-period',
  propose(ctx) {
    const { periodModifiers, periods, yearEnd, weekendPrepositions } = dateData().relative;
    const out: DateCandidate[] = [];
    const named = new RegExp(`\\b(${alternation(Object.keys(periodModifiers))})\\s+(${alternation(periods)})\\b`, 'gi');
    for (const m of matchAll(named, ctx.text)) {
      const modifier = m[1].toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2].toLowerCase();
      const shift = periodModifiers[modifier];
      const start = m.index;
      const end = m.index + m[0].length;
      let period: Period | null;
      if (unit === 'weekend') {
        const direction = shift < 0 ? 'past' : shift > 0 ? 'future' : ctx.tenseAt(start, end);
        period = weekendFrom(ctx.reference, direction, ctx.referenceIsLowerBound);
      } else {
        period = periodFor(ctx, unit, shift);
      }
      if (period) out.push({ start, end, period, relative: true, rule: this.id });
    }
    const weekend = new RegExp(`\\b(?:${alternation(weekendPrepositions)})\\s+(weekend)\\b`, 'gi');
    for (const m of matchAll(weekend, ctx.text)) {
      const start = m.index + m[0].length - m[1].length;
      const end = m.index + m[0].length;
      const period = weekendFrom(ctx.reference, ctx.tenseAt(start, end), ctx.referenceIsLowerBound);
      out.push({ start, end, period, relative: true, rule: this.id });
    }
    for (const m of matchAll(new RegExp(`\\b(?:${alternation(yearEnd)})\\b`, 'gi'), ctx.text)) {
      out.push({
        start: m.index, end: m.index + m[0].length,
        period: dayPeriod({ year: ctx.reference.year, month: 12, day: 31 }), relative: true, rule: this.id,
      });
    }
    return out;
  },
};
