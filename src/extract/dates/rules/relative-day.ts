// "today", "yesterday", "tomorrow", "tonight": a day counted from the reference date.
import { addDays, dayPeriod } from '../calendar';
import { alternation, dateData } from '../data';
import { matchAll, type DateCandidate, type DateRule } from '../rule';

export const relativeDayRule: DateRule = {
  id: 'relative-day',
  propose(ctx) {
    const { dayWords } = dateData().relative;
    const out: DateCandidate[] = [];
    for (const m of matchAll(new RegExp(`\\b(${alternation(Object.keys(dayWords))})\\b`, 'gi'), ctx.text)) {
      const shift = dayWords[m[1].toLowerCase()];
      out.push({ start: m.index, end: m.index + m[0].length, period: dayPeriod(addDays(ctx.reference, shift)), relative: true, rule: this.id });
    }
    return out;
  },
};
