// Bare and modified weekdays: "on Saturday", "last Friday", "next Tuesday", "Wednesday's
// meeting". Past-tense sentences mean the most recent such day before the reference date,
// future ones the next; "last"/"next" decide on their own. Plurals ("on Sundays") are habits,
// named days ("Super Tuesday") and any-such-days ("on a Tuesday") are not dates. In a range
// ("Wednesday through Friday") the second day follows the first.
import { addDays, dayPeriod, isoWeekday, parseIsoDay } from '../calendar';
import { alternation, dateData } from '../data';
import { weekdayFrom } from '../resolve';
import { matchAll, type DateCandidate, type DateRule } from '../rule';

export const weekdayRule: DateRule = {
  id: 'weekday',
  propose(ctx) {
    const { lexicon, relative } = dateData();
    const re = new RegExp(`(?:\\b(${alternation(Object.keys(relative.weekdayModifiers))})\\s+)?\\b(${alternation(Object.keys(lexicon.weekdays))})\\b(?!s\\b)`, 'gi');
    const rangeWords = new RegExp(`^\\s*(?:${alternation(relative.weekdayRangeWords)})\\s*$`, 'i');
    const habitual = new RegExp(`^\\s+(?:${alternation(relative.habitualWeekdayNouns)})\\b`);
    const out: DateCandidate[] = [];
    for (const m of matchAll(re, ctx.text)) {
      const name = m[2];
      if (name[0] !== name[0].toUpperCase()) continue; // weekday names are capitalised
      // "Super Tuesday", '"Super Tuesday"', "Black Friday": a named day, not the weekday.
      const previous = /(\S+)\s+$/.exec(ctx.text.slice(Math.max(0, m.index - 20), m.index))?.[1]?.replace(/^[^\p{L}]+/u, '');
      if (!m[1] && previous && relative.namedDayPrefixes.includes(previous)) continue;
      // "Sunday opening hours", "Friday prayers": a habit, not a date.
      if (!m[1] && habitual.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      // "on a Tuesday", "every Friday": any such day, not a date.
      if (!m[1] && previous && relative.indefiniteWeekdayWords.includes(previous.toLowerCase())) continue;
      const modifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const how = modifier ? relative.weekdayModifiers[modifier] : 'tense';
      // "on" is not part of the date; "last", "next", "this" are.
      const start = modifier === 'on' ? m.index + m[0].length - name.length : m.index;
      const end = m.index + m[0].length;
      const weekday = lexicon.weekdays[name.toLowerCase()];
      // "Wednesday through Friday": the second day of a range is the first such day after the first.
      const first = out[out.length - 1];
      if (!m[1] && first && rangeWords.test(ctx.text.slice(first.end, start))) {
        const from = parseIsoDay(first.period.startDate);
        const day = addDays(from, (weekday - isoWeekday(from) + 7) % 7 || 7);
        out.push({ start, end, period: dayPeriod(day), relative: true, rule: this.id });
        continue;
      }
      const direction = how === 'tense' ? ctx.tenseAt(start, end) : how;
      const day = weekdayFrom(ctx.reference, weekday, direction, ctx.referenceIsLowerBound);
      out.push({ start, end, period: dayPeriod(day), relative: true, rule: this.id });
    }
    return out;
  },
};
