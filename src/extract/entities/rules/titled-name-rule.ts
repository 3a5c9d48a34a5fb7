// Rule `titled-name`: a title or honorific followed by capitalised words is a person, and the
// title is not part of the name: "Deputy Foreign Minister Alexander Grushko" -> "Alexander Grushko".
// A name followed by a comma and a title is one too: "Hernan Dario Gomez, Panama coach, said"
// (`titled-name:apposition`).
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import { titleAt, type TitleMatch } from '../titles';
import { isStopWord, wordLists } from '../word-lists';
import { entriesFor } from '../../../resolve/entities/gazetteer';
import type { Token } from '../tokens';
import { isFirstName, isOrdinaryWord } from '../lexicon';
import { isArticleSurname, isInitials } from '../person-names';

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
      const named = nameBeforeTitle(ctx, i, title);
      if (named) out.push(named);
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

const MAX_HOLDER_WORDS = 3;

/**
 * "K.C. Maurer, chief financial officer", "Hernan Dario Gomez, Panama coach," "Alexander
 * Grushko, Russia's deputy foreign minister": two to four name words, then a comma, an optional
 * article and holder ("Panama", "Russia's"), then the title at token `titleToken`, which no name
 * follows. The name must start its run of capitalised words and name no known country or body.
 */
function nameBeforeTitle(ctx: EntityContext, titleToken: number, title: TitleMatch): EntityMention | undefined {
  const { tokens, text } = ctx;
  // A name right after the title makes it a titled name, handled above ("..., Panama coach Hernan Gomez").
  if (/^[ \t]+\p{Lu}/u.test(text.slice(title.end, title.end + 3)) && !/^[ \t]+(?:of|for|at|and)\b/iu.test(text.slice(title.end, title.end + 6))) return undefined;
  const k = commaBefore(ctx, titleToken);
  if (k === undefined) return undefined;
  const last = k;
  let first = last;
  while (first - 1 >= 0 && last - first + 1 < MAX_NAME_WORDS && spaceOnly(text, tokens[first - 1].end, tokens[first].start) && apposedNameWord(tokens[first - 1])) first--;
  // "Democrat Rod Blagojevich, the former governor": a leading ordinary word is a descriptor.
  const lists = wordLists();
  // An ordinary word goes only from a three-word name ("Rod" in "Rod Blagojevich" is a name).
  const descriptor = (t: Token) => lists.personDescriptors.has(t.text) || (last - first >= 2 && isOrdinaryWord(t.text) && !isFirstName(t.text));
  const written = first;
  while (first < last && descriptor(tokens[first])) first++;
  const words = tokens.slice(first, last + 1);
  // One word is too little ("Smith, the coach"), unless a descriptor stood before it: "Democrat
  // Spearman, a minister and former Army colonel".
  const described = first > written && lists.personDescriptors.has(tokens[first - 1].text);
  if ((words.length < 2 && !described) || words.slice(0, -1).some((t) => t.possessive)) return undefined;
  if (isInitials(words[words.length - 1].text)) return undefined;
  const before = tokens[first - 1];
  if (before && before.capitalised && spaceOnly(text, before.end, words[0].start) && !ctx.sentenceStartTokens.has(first - 1)) return undefined;
  if (words.some((t) => lists.organizationHeads.has(t.text) || lists.placeHeads.has(t.text) || titleAt(text, t.start))) return undefined;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  if (entriesFor(text.slice(start, end)).length > 0 || words.some((t) => entriesFor(t.text).some((e) => e.type === 'Country'))) return undefined;
  return { start, end, text: text.slice(start, end), type: 'Person', rule: 'titled-name:apposition' };
}

/**
 * The token before the comma that precedes the title at `titleToken`, with at most an article and
 * a known holder ("Panama", "Russia's", "the U.S.") between comma and title.
 */
function commaBefore(ctx: EntityContext, titleToken: number): number | undefined {
  const { tokens, text } = ctx;
  for (let held = 0; held <= MAX_HOLDER_WORDS; held++) {
    for (const article of [false, true]) {
      const first = titleToken - held - (article ? 1 : 0);
      if (first < 1) continue;
      const run = tokens.slice(first, titleToken + 1);
      // Words one space apart; a possessive holder ("Russia's deputy foreign minister") too.
      if (run.slice(0, -1).some((t, i) => !/^(?:['’]s)?[ \t]+$/.test(text.slice(t.end, run[i + 1].start)))) continue;
      if (article && !/^(?:the|a|an)$/i.test(tokens[first].text)) continue;
      const holder = tokens.slice(first + (article ? 1 : 0), titleToken);
      if (holder.length > 0 && (!holder.every((t) => t.capitalised) || entriesFor(text.slice(holder[0].start, holder[holder.length - 1].end)).length === 0)) continue;
      if (/^,[ \t]+$/.test(text.slice(tokens[first - 1].end, tokens[first].start))) return first - 1;
    }
  }
  return undefined;
}

/** A word of a name set before its title: a plain name word, or initials ("K.C."). */
function apposedNameWord(t: Token): boolean {
  return isInitials(t.text) || isNameWord(t);
}

const spaceOnly = (text: string, from: number, to: number) => /^[ \t]+$/.test(text.slice(from, to));

function isNameWord(t: Token): boolean {
  if (isArticleSurname(t.text)) return true;
  if (!t.capitalised || t.allCaps && t.text.length > 3) return false;
  if (isStopWord(t.text) || /\d/.test(t.text)) return false;
  return t.text.length > 1 || /^\p{Lu}\.$/u.test(t.text);
}
