// Rule `company-cue`: a name the article marks as a company or other body ("software company Red
// Hat", "Acme Widgets Inc.", see company-names.ts) is an organisation wherever the article writes
// it, also where nothing else says so ("Red Hat said"), with the corporate suffix written after it.
import type { EntityMention } from '../../../types';
import type { EntityRule } from '../rule';
import { companyNames } from '../company-names';
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
        const start = tokens[i].start;
        // "Wrestling Inc", "ABS-CBN Corporation": a suffix written after the name is part of it.
        const next = tokens[i + n];
        const suffixed = next !== undefined && wordLists().corporateSuffixes.has(next.text) && /^,?[ \t]+$/.test(text.slice(tokens[i + n - 1].end, next.start));
        const end = suffixed ? next.end : tokens[i + n - 1].end;
        out.push({ start, end, text: text.slice(start, end), type: 'Organization', rule: 'company-cue' });
      }
    }
    return out;
  },
};
