// Bare and modified weekdays: "on Saturday", "last Friday", "next Tuesday", "Wednesday's
// meeting". Past-tense sentences mean the most recent such day before the reference date,
// future ones the next; "last"/"next" decide on their own. Plurals ("on Sundays") are habits.
import { dayPeriod } from '../calendar';
import { alternation, dateData } from '../data';
import { weekdayFrom } from '../resolve';
import { matchAll, type DateCandidate, type DateRule } from '../rule';

export const weekdayRule: DateRule = {
  id: 'weekday',
  propose(ctx) {
    const { lexicon, relative } = dateData();
    const re = new RegExp(`(?:\\b(${alternation(Object.keys(relative.weekdayModifiers))})\\s+)?\\b(${alternation(Object.keys(lexicon.weekdays))})\\b(?!s\\b)`, 'gi');
    const out: DateCandidate[] = [];
    for (const m of matchAll(re, ctx.text)) {
      const name = m[2];
      if (name[0] !== name[0].toUpperCase()) continue; // weekday names are capitalised
      const modifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const how = modifier ? relative.weekdayModifiers[modifier] : 'tense';
      // "on" is not part of the date; "last", "next", "this" are.
      const start = modifier === 'on' ? m.index + m[0].length - name.length : m.index;
      const end = m.index + m[0].length;
      const direction = how === 'tense' ? ctx.tenseAt(start, end) : how;
      const day = weekdayFrom(ctx.reference, lexicon.weekdays[name.toLowerCase()], direction, ctx.referenceIsLowerBound);
      out.push({ start, end, period: dayPeriod(day), relative: true, rule: this.id });
    }
    return out;
  },
};
