// Quarters with a year: "the first quarter of 2025", "Q3 2024", "2024 Q3".
import { quarterPeriod } from '../calendar';
import { alternation, dateData } from '../data';
import { matchAll, type DateCandidate, type DateRule } from '../rule';

export const quarterRule: DateRule = {
  id: 'quarter',
  propose(ctx) {
    const { ordinals } = dateData().lexicon;
    const out: DateCandidate[] = [];
    const add = (index: number, length: number, year: number, q: number) => {
      if (q >= 1 && q <= 4) out.push({ start: index, end: index + length, period: quarterPeriod(year, q), relative: false, rule: this.id });
    };
    const ord = alternation(Object.keys(ordinals));
    for (const m of matchAll(new RegExp(`\\b(?:the\\s+)?(${ord})\\s+quarter\\s+(?:of\\s+)?(1[5-9]\\d\\d|20\\d\\d)\\b`, 'gi'), ctx.text)) {
      add(m.index, m[0].length, Number(m[2]), ordinals[m[1].toLowerCase()]);
    }
    for (const m of matchAll(/\bQ([1-4])\s+(20\d\d)\b/g, ctx.text)) add(m.index, m[0].length, Number(m[2]), Number(m[1]));
    for (const m of matchAll(/\b(20\d\d)\s+Q([1-4])\b/g, ctx.text)) add(m.index, m[0].length, Number(m[1]), Number(m[2]));
    return out;
  },
};
