// "two days ago", "three weeks ago", "Seventeen years ago": the reference date moved back, at
// the grain of the unit (a year ago is a year, not a day).
import { addDays, addMonths, dayPeriod, monthPeriod, weekPeriod, yearPeriod, type Period } from '../calendar';
import { alternation, dateData } from '../data';
import { matchAll, type DateCandidate, type DateRule } from '../rule';

export const agoRule: DateRule = {
  id: 'ago',
  propose(ctx) {
    const { numbers } = dateData().lexicon;
    const re = new RegExp(`\\b(\\d{1,3}|${alternation(Object.keys(numbers))})\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi');
    const out: DateCandidate[] = [];
    for (const m of matchAll(re, ctx.text)) {
      const n = /^\d/.test(m[1]) ? Number(m[1]) : numbers[m[1].toLowerCase().replace(/\s+/g, ' ')];
      if (!n) continue;
      const ref = ctx.reference;
      let period: Period;
      switch (m[2].toLowerCase()) {
        case 'day':
          period = dayPeriod(addDays(ref, -n));
          break;
        case 'week':
          period = weekPeriod(addDays(ref, -7 * n));
          break;
        case 'month': {
          const x = addMonths(ref.year, ref.month, -n);
          period = monthPeriod(x.year, x.month);
          break;
        }
        default:
          period = yearPeriod(ref.year - n);
      }
      out.push({ start: m.index, end: m.index + m[0].length, period, relative: true, rule: this.id });
    }
    return out;
  },
};
