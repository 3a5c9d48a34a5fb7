// Years on their own ("In 2014", "the 1969 film"), decades ("the 1960s", "the sixties") and
// centuries ("the 20th century"). Counts and amounts that look like years are removed by the
// not-dates refiner.
import { yearPeriod, yearsPeriod } from '../calendar';
import { alternation, dateData } from '../data';
import { matchAll, type DateCandidate, type DateRule } from '../rule';

export const yearRule: DateRule = {
  id: 'year',
  propose(ctx) {
    const { decadeWords, ordinals } = dateData().lexicon;
    const out: DateCandidate[] = [];
    const add = (start: number, end: number, period: DateCandidate['period']) =>
      out.push({ start, end, period, relative: false, rule: this.id });
    // A four-digit year not inside a longer number, a decimal, a phone number or a code.
    for (const m of matchAll(/(?<![\w.,:/\u2013-])(1[5-9]\d\d|20\d\d)(?![\w%]|[.,:]\d|[/\u2013-]\d)/g, ctx.text)) {
      add(m.index, m.index + m[0].length, yearPeriod(Number(m[1])));
    }
    for (const m of matchAll(/\b(1[5-9]\d0|20\d0)'?s\b/g, ctx.text)) {
      const first = Number(m[1]);
      add(m.index, m.index + m[0].length, yearsPeriod(first, first + 9, `${String(first).slice(0, 3)}X`));
    }
    for (const m of matchAll(new RegExp(`\\bthe\\s+(?:'(\\d0)s|(${alternation(Object.keys(decadeWords))}))\\b`, 'gi'), ctx.text)) {
      const first = 1900 + (m[1] ? Number(m[1]) : decadeWords[m[2].toLowerCase()]);
      add(m.index, m.index + m[0].length, yearsPeriod(first, first + 9, `${String(first).slice(0, 3)}X`));
    }
    for (const m of matchAll(new RegExp(`\\bthe\\s+(${alternation(Object.keys(ordinals))})\\s+century\\b`, 'gi'), ctx.text)) {
      const n = ordinals[m[1].toLowerCase()];
      if (n) add(m.index, m.index + m[0].length, yearsPeriod((n - 1) * 100, (n - 1) * 100 + 99, `${String(n - 1).padStart(2, '0')}XX`));
    }
    return out;
  },
};
