// Rule `titled-name`: a title or honorific followed by capitalised words is a person, and the
// title is not part of the name: "Deputy Foreign Minister Alexander Grushko" -> "Alexander Grushko".
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import { titleAt } from '../titles';
import { isStopWord, wordLists } from '../word-lists';
import { entriesFor } from '../../../resolve/entities/gazetteer';
import type { Token } from '../tokens';
import { isFirstName } from './capitalised-sequence-rule';

const MAX_NAME_WORDS = 4;

export const titledNameRule: EntityRule = {
  id: 'titled-name',
  propose(ctx) {
    const out: EntityMention[] = [];
    const { tokens, text } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && tokens[i].start === tokens[i - 1].end) continue;
      const title = titleAt(text, tokens[i].start);
      if (!title) continue;
      let j = i;
      while (j < tokens.length && tokens[j].end <= title.end) j++;
      // "the team's coach, Alireza Mehraban, said": a name set off by commas after the title.
      const comma = /^,[ \t]+/.exec(text.slice(title.end, title.end + 3));
      const name = comma ? appositiveName(ctx, j, title.end + comma[0].length) : nameAfter(ctx, j, title.end);
      if (name) {
        out.push({ start: name.start, end: name.end, text: text.slice(name.start, name.end), type: 'Person', rule: 'titled-name' });
        i = name.lastToken;
      } else {
        i = j - 1;
      }
    }
    return out;
  },
};

/** A name between commas (or before a full stop) right after `from`. */
function appositiveName(ctx: EntityContext, index: number, from: number): ReturnType<typeof nameAfter> {
  const name = nameAfter(ctx, index, from);
  if (!name || name.start === name.end) return undefined;
  const words = ctx.tokens.slice(index, name.lastToken + 1);
  if (words.length < 2 || words[words.length - 1].possessive) return undefined;
  return /^[,.;]/.test(ctx.text.slice(name.end, name.end + 1)) ? name : undefined;
}

/** Capitalised words right after `from` (one space apart), up to a possessive or punctuation. */
export function nameAfter(ctx: EntityContext, index: number, from: number): { start: number; end: number; lastToken: number } | undefined {
  const { tokens, text } = ctx;
  const lists = wordLists();
  let last = -1;
  let prevEnd = from;
  for (let j = index; j < tokens.length && j < index + MAX_NAME_WORDS + 1; j++) {
    const t = tokens[j];
    const gap = text.slice(prevEnd, t.start);
    if (!(j === index ? /^[ \t]*$/ : /^[ \t]+$/).test(gap)) break;
    const particle = lists.personParticles.has(t.text) && last >= 0;
    // "Theresa May": a month after a given name is a surname.
    const monthSurname = last === index && lists.monthsThatAreNames.has(t.text) && isFirstName(tokens[index].text);
    if (!particle && !monthSurname && !isNameWord(t)) break;
    if (!particle) last = j;
    prevEnd = t.end;
    if (t.possessive) break;
  }
  if (last < 0) return undefined;
  const words = tokens.slice(index, last + 1);
  // "General Motors", "Justice Department": the words after the "title" name a body, not a person.
  if (words.some((t) => lists.organizationHeads.has(t.text) || lists.placeHeads.has(t.text))) return undefined;
  // "President Trump" yes; "President Russia" no: a name is not a known country or organisation.
  if (entriesFor(text.slice(words[0].start, words[words.length - 1].end)).length > 0) return undefined;
  return { start: words[0].start, end: words[words.length - 1].end, lastToken: last };
}

function isNameWord(t: Token): boolean {
  if (!t.capitalised || t.allCaps && t.text.length > 3) return false;
  if (isStopWord(t.text) || /\d/.test(t.text)) return false;
  return t.text.length > 1 || /^\p{Lu}\.$/u.test(t.text);
}
