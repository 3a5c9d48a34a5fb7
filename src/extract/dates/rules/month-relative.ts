// A month named with a deictic word: "last December", "next May", "this April", and a month
// (or month-day) tied to a relative year: "June" in "June of this year", "March 3" in "March 3
// next year". The word decides the year on its own, so the tense of the sentence is not
// consulted: "last December", written in November 2020, is December 2019 (chrono-node alone
// reads the December ahead).
import { dayPeriod, isValidDay, monthPeriod } from '../calendar';
import { alternation, dateData } from '../data';
import { matchAll, type DateCandidate, type DateRule } from '../rule';

export const monthRelativeRule: DateRule = {
  id: 'month-relative',
  propose(ctx) {
    const { lexicon, relative } = dateData();
    const months = alternation(Object.keys(lexicon.months));
    const modifiers = alternation(Object.keys(relative.monthModifiers));
    const out: DateCandidate[] = [];
    const ref = ctx.reference;
    const monthOf = (word: string) => lexicon.months[word.toLowerCase().replace(/\.$/, '')];
    // Month names are capitalised; "may" in lower case is the verb.
    const capitalised = (word: string) => word[0] === word[0].toUpperCase();

    for (const m of matchAll(new RegExp(`\\b(${modifiers})\\s+(${months})\\b(?!\\.?\\s*\\d)`, 'gi'), ctx.text)) {
      if (!capitalised(m[2])) continue;
      const month = monthOf(m[2]);
      const shift = relative.monthModifiers[m[1].toLowerCase().replace(/\s+/g, ' ')];
      // last: the latest such month before the reference month; next: the first after it; this: the reference year's.
      const year = shift < 0
        ? (month < ref.month ? ref.year : ref.year - 1)
        : shift > 0 ? (month > ref.month ? ref.year : ref.year + 1) : ref.year;
      out.push({ start: m.index, end: m.index + m[0].length, period: monthPeriod(year, month), relative: true, rule: this.id });
    }

    const yearShift = relative.periodModifiers;
    const yearWords = alternation(Object.keys(yearShift));
    // The month (or month-day) takes the year the words after it name; "this year" itself stays a
    // mention of its own (the relative-period rule proposes it).
    const tied = new RegExp(`\\b((${months})\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?)(,?\\s+(?:of\\s+)?)(${yearWords})\\s+year\\b`, 'gi');
    for (const m of matchAll(tied, ctx.text)) {
      if (!capitalised(m[2])) continue;
      const month = monthOf(m[2]);
      const year = ref.year + yearShift[m[5].toLowerCase().replace(/\s+/g, ' ')];
      const day = m[3] ? Number(m[3]) : null;
      if (day !== null && !isValidDay(year, month, day)) continue;
      const period = day === null ? monthPeriod(year, month) : dayPeriod({ year, month, day });
      const text = m[1].replace(/\.$/, '');
      out.push({ start: m.index, end: m.index + text.length, period, relative: true, rule: this.id });
    }
    return out;
  },
};
