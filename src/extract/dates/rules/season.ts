// Seasons: "autumn of 2026", "summer 2024", "last summer", "this winter", "next spring".
// Meteorological seasons of the northern hemisphere; winter runs December to February.
import { daysBetween, parseIsoDay, seasonPeriod, type Period } from '../calendar';
import { alternation, dateData } from '../data';
import { matchAll, type DateCandidate, type DateContext, type DateRule } from '../rule';

const WINTER = 'WI';

function seasonAround(ctx: DateContext, code: string, firstMonth: number, shift: number, start: number, end: number): Period {
  const ref = ctx.reference;
  const refIso = `${String(ref.year).padStart(4, '0')}-${String(ref.month).padStart(2, '0')}-${String(ref.day).padStart(2, '0')}`;
  // Candidates: the season of that name in the years around the reference.
  const options = [-2, -1, 0, 1].map((k) => seasonPeriod(ref.year + k, code, firstMonth));
  const containing = options.find((p) => p.startDate <= refIso && refIso <= p.endDate);
  const lastDone = [...options].reverse().find((p) => p.endDate < refIso)!;
  const nextUp = options.find((p) => p.startDate > refIso)!;
  if (shift < 0) return lastDone;
  if (shift > 0) return nextUp;
  if (containing) return containing;
  // "this summer" names the season of the reference year, whatever the tense of the sentence
  // ("NASA said the flight might take place this summer", written in March). Winter straddles
  // two years, so "this winter" is the nearer of the one just over and the one to come.
  if (code !== WINTER) return seasonPeriod(ref.year, code, firstMonth);
  const away = (p: Period) => Math.min(
    Math.abs(daysBetween(ref, parseIsoDay(p.startDate))), Math.abs(daysBetween(ref, parseIsoDay(p.endDate))),
  );
  if (away(lastDone) !== away(nextUp)) return away(lastDone) < away(nextUp) ? lastDone : nextUp;
  return ctx.tenseAt(start, end) === 'past' ? lastDone : nextUp;
}

export const seasonRule: DateRule = {
  id: 'season',
  propose(ctx) {
    const { lexicon, relative } = dateData();
    const names = alternation(Object.keys(lexicon.seasons));
    const out: DateCandidate[] = [];
    for (const m of matchAll(new RegExp(`\\b(${names})(?:\\s+of)?\\s+(1[5-9]\\d\\d|20\\d\\d)\\b`, 'gi'), ctx.text)) {
      const s = lexicon.seasons[m[1].toLowerCase()];
      out.push({ start: m.index, end: m.index + m[0].length, period: seasonPeriod(Number(m[2]), s.code, s.firstMonth), relative: false, rule: this.id });
    }
    const mods = alternation(Object.keys(relative.periodModifiers));
    for (const m of matchAll(new RegExp(`\\b(${mods})\\s+(${names})\\b`, 'gi'), ctx.text)) {
      const s = lexicon.seasons[m[2].toLowerCase()];
      const shift = relative.periodModifiers[m[1].toLowerCase().replace(/\s+/g, ' ')];
      const start = m.index;
      const end = m.index + m[0].length;
      out.push({ start, end, period: seasonAround(ctx, s.code, s.firstMonth, shift, start, end), relative: true, rule: this.id });
    }
    return out;
  },
};

