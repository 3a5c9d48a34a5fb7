// Where candidates overlap, the longest span wins ("Friday, July 21, 2017" over "Friday",
// "autumn of 2026" over "2026"); on equal length, the rule listed first wins.
import type { DateRefiner } from '../rule';

export function makeOverlapRefiner(ruleOrder: string[]): DateRefiner {
  const rank = (rule: string) => {
    const i = ruleOrder.indexOf(rule);
    return i < 0 ? ruleOrder.length : i;
  };
  return {
    id: 'overlaps',
    refine(_ctx, candidates) {
      const ordered = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank(a.rule) - rank(b.rule) || a.start - b.start);
      const kept: typeof candidates = [];
      for (const c of ordered) {
        if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
