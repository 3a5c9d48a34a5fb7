// Rule `speaker-name`: capitalised words right before or after a speech verb are a person:
// "Jafari said", "said Amneh Jafari". Known countries, organisations and outlets ("Russia said",
// "Reuters reported") win over this rule where they overlap.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import type { Token } from '../tokens';
import { isNameHead, isStopWord, wordLists } from '../word-lists';
import { entriesFor } from '../../../resolve/entities/gazetteer';

const MAX_WORDS = 3;

export const speakerNameRule: EntityRule = {
  id: 'speaker-name',
  propose(ctx) {
    const out: EntityMention[] = [];
    const { tokens, text } = ctx;
    const verbs = wordLists().speechVerbs;
    for (let i = 0; i < tokens.length; i++) {
      if (!verbs.has(tokens[i].text)) continue;
      // Name before the verb: "Jafari said", "Amneh Jafari said".
      let j = i - 1;
      while (j >= 0 && i - j <= MAX_WORDS && nameWord(tokens[j]) && spaceOnly(ctx, tokens[j].end, tokens[j + 1].start)) j--;
      if (j < i - 1) push(ctx, out, tokens.slice(j + 1, i));
      // Name after the verb: "said Amneh Jafari", up to punctuation.
      let k = i + 1;
      while (k < tokens.length && k - i <= MAX_WORDS && nameWord(tokens[k]) && spaceOnly(ctx, tokens[k - 1].end, tokens[k].start)) k++;
      if (k > i + 1 && !/^[ \t]+\p{L}/u.test(text.slice(tokens[k - 1].end, tokens[k - 1].end + 2))) push(ctx, out, tokens.slice(i + 1, k));
    }
    return out;
  },
};

function spaceOnly(ctx: EntityContext, from: number, to: number): boolean {
  return /^[ \t]+$/.test(ctx.text.slice(from, to));
}

function nameWord(t: Token): boolean {
  return t.capitalised && !t.allCaps && t.text.length > 1 && !isStopWord(t.text) && !isNameHead(t.text);
}

function push(ctx: EntityContext, out: EntityMention[], words: Token[]): void {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const text = ctx.text.slice(start, end);
  if (entriesFor(text).length > 0) return;
  out.push({ start, end, text, type: 'Person', rule: 'speaker-name' });
}
