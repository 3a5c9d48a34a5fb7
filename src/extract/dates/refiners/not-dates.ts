// Removes what parsers take for dates but news prose does not mean as one:
// - durations: a number hyphenated to a unit ("30-day", "three-year", "2014-year");
// - counts and amounts: a bare year-like number before a count noun ("2000 troops") or after a
//   currency mark ("$2025");
// - clock times that look like years: a four-digit number before a time zone ("(1800 UTC)");
// - the verb "may" and a lone month word not introduced as a time ("Russia may launch", "March on");
// - deictic words capitalised after a capitalised word: part of a name ("USA Today", "Kamloops
//   This Week"), not a date.
import { dateData } from '../data';
import type { DateCandidate, DateRefiner } from '../rule';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const notDatesRefiner: DateRefiner = {
  id: 'not-dates',
  refine(ctx, candidates) {
    const { notDates, lexicon } = dateData();
    const units = notDates.durationUnits.map(escape).join('|');
    const duration = new RegExp(`^[-\u2010\u2011](?:${units})s?\\b`, 'i');
    const countAfter = new RegExp(`^\\s+(?:${notDates.countNouns.map(escape).join('|')})(?![\\w])`, 'i');
    const monthWords = new Set(Object.keys(lexicon.months));
    const timeAfter = new RegExp(`^\\s*(?:${notDates.timeSuffixes.map(escape).join('|')})(?![\\w])`);
    const deictic = new Set(['relative-day', 'relative-period']);
    const timePreposition = /\b(?:in|since|until|till|by|from|through|of|early|late|mid|last|next|this|during|before|after|between|and|or|to|on|for|each|every)\s+$/i;

    const keep = (c: DateCandidate) => {
      const text = ctx.text.slice(c.start, c.end);
      const after = ctx.text.slice(c.end, c.end + 40);
      const before = ctx.text.slice(Math.max(0, c.start - 20), c.start);
      if (duration.test(after)) return false;
      if (/[-\u2010\u2011](?:day|week|month|year)s?$/i.test(text)) return false;
      if (c.rule === 'year' && /^\d{4}$/.test(text)) {
        if (countAfter.test(after)) return false;
        if (notDates.currencyMarks.some((mark) => before.trimEnd().endsWith(mark))) return false;
        if (timeAfter.test(after)) return false;
      }
      if (deictic.has(c.rule) && /^\p{Lu}/u.test(text) && /(?<!\p{L})\p{Lu}[\p{L}.'\u2019-]*\p{L}[ \t]$/u.test(before)) return false;
      // A month word on its own must be capitalised and read as a time ("in May", "since March").
      const word = text.replace(/\.$/, '').toLowerCase();
      if (monthWords.has(word)) {
        if (text[0] !== text[0].toUpperCase()) return false;
        if (!timePreposition.test(before)) return false;
      }
      return true;
    };
    return candidates.filter(keep);
  },
};
