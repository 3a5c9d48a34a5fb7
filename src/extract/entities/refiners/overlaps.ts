// Refiner `resolve-overlaps`: one mention per stretch of text. Rules are ranked by how much they
// know (gazetteer > titled-name > speaker-name > capitalised-sequence > compromise); among equals the longer
// span wins. A country or place inside a longer organisation or place name is kept as well
// ("United States" in "United States Navy"), because both are real mentions.
import type { EntityMention } from '../../../types';
import type { EntityRefiner } from '../rule';
import { overlaps, within } from '../rule';

const RANK: [RegExp, number][] = [
  [/^gazetteer/, 0],
  [/^titled-name/, 1],
  [/^speaker-name/, 2],
  [/^capitalised-sequence/, 3],
  [/^person-neighbours/, 3],
  [/^compromise/, 4],
];

const rank = (m: EntityMention) => RANK.find(([re]) => re.test(m.rule))?.[1] ?? 9;

export const resolveOverlapsRefiner: EntityRefiner = {
  id: 'resolve-overlaps',
  refine(mentions) {
    const ordered = [...mentions].sort(
      (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
    const kept: EntityMention[] = [];
    for (const m of ordered) {
      const clash = kept.filter((k) => overlaps(k, m));
      if (clash.length === 0) {
        kept.push(m);
        continue;
      }
      // A longer guessed organisation/place may wrap known countries and places:
      // "University of Texas" around "Texas". The outer one then joins as well.
      const wrapsKnown = (m.type === 'Organization' || m.type === 'Place' || m.type === 'MediaOutlet')
        && clash.every((k) => within(k, m) && (k.type === 'Country' || k.type === 'Place') && k.end - k.start < m.end - m.start);
      if (wrapsKnown) {
        kept.push(m);
        continue;
      }
      // "Valeska Paris", "Paris Hilton": a full name wraps a city name; the person wins.
      const cityInName = m.type === 'Person' && /\s/.test(m.text)
        && clash.every((k) => within(k, m) && !/\s/.test(k.text) && /^gazetteer:(capital|name)/.test(k.rule) && (k.type === 'Place' || k.rule === 'gazetteer:capital' || k.rule === 'gazetteer:capital-place'));
      if (cityInName) {
        for (const k of clash) kept.splice(kept.indexOf(k), 1);
        kept.push(m);
      }
    }
    return kept.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
