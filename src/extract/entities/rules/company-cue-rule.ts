// Rule `company-cue`: a name the article marks as a company or other body ("software company Red
// Hat", "Acme Widgets Inc.", see company-names.ts) is an organisation wherever the article writes
// it, also where nothing else says so ("Red Hat said"), with the corporate suffix written after it;
// not where it is part of a longer name ("GateHouse Media", "Harriet McDougal").
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import { companyNames, inLongerName } from '../company-names';
import { onlySpaceBetween } from '../tokens';
import { wordLists } from '../word-lists';

export const companyCueRule: EntityRule = {
  id: 'company-cue',
  propose(ctx) {
    const names = companyNames(ctx);
    if (names.size === 0) return [];
    const out: EntityMention[] = [];
    const { tokens, text } = ctx;
    for (const name of names) {
      const words = name.split(/\s+/);
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (tokens[i].text !== words[0]) continue;
        let n = 1;
        while (n < words.length && tokens[i + n].text === words[n] && onlySpaceBetween(text, tokens[i + n - 1].end, tokens[i + n].start)) n++;
        if (n < words.length) continue;
        // "GateHouse Media", "Harriet McDougal": the name is part of a longer one here.
        if (!suffixAt(ctx, i + n) && inLongerName(ctx, i, i + n - 1)) continue;
        const start = tokens[i].start;
        // "Wrestling Inc", "ABS-CBN Corporation": a suffix written after the name is part of it.
        const end = suffixAt(ctx, i + n) ? tokens[i + n].end : tokens[i + n - 1].end;
        out.push({ start, end, text: text.slice(start, end), type: 'Organization', rule: 'company-cue' });
      }
    }
    return out;
  },
};

/** Token `k` is a corporate suffix written right after the name before it. */
function suffixAt(ctx: EntityContext, k: number): boolean {
  const next = ctx.tokens[k];
  return next !== undefined && k > 0 && wordLists().corporateSuffixes.has(next.text) && /^,?[ \t]+$/.test(ctx.text.slice(ctx.tokens[k - 1].end, next.start));
}
