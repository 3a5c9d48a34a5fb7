// Rule `capitalised-sequence`: runs of capitalised words ("Daughters of the American Revolution",
// "Nizhny Novgorod Stadium", "Irving Police Department") typed by what they contain or where they
// stand: an organisation, outlet or place head word, a known given name, a place preposition
// before them ("from Herat"), or an unknown acronym ("KPA"). Runs with no cue are left alone.
import nlp from 'compromise';
import type { EntityMention, EntityType } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import { within } from '../rule';
import type { Token } from '../tokens';
import { isNameHead, isStopWord, wordLists } from '../word-lists';
import { titleAt } from '../titles';
import { entriesFor } from '../../../resolve/entities/gazetteer';

const MAX_WORDS = 8;

export const capitalisedSequenceRule: EntityRule = {
  id: 'capitalised-sequence',
  propose(ctx) {
    const out: EntityMention[] = [];
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (!startsName(tokens[i])) continue;
      const last = runEnd(ctx, i);
      const words = tokens.slice(i, last + 1);
      const first = i;
      i = last;
      const type = typeOf(ctx, words, first);
      if (!type) continue;
      const start = words[0].start;
      const end = words[words.length - 1].end;
      out.push({ start, end, text: ctx.text.slice(start, end), type, rule: `capitalised-sequence:${type.toLowerCase()}` });
    }
    return out;
  },
};

function startsName(t: Token): boolean {
  return t.capitalised && t.text.length > 1 && (!isStopWord(t.text) || isNameHead(t.text));
}

/** The last token of the run starting at `i`: capitalised words, joined by single spaces or connectors. */
function runEnd(ctx: EntityContext, i: number): number {
  const { tokens, text } = ctx;
  const lists = wordLists();
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_WORDS; j++) {
    if (tokens[j - 1].possessive) break;
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (!/^[ \t]+$/.test(gap) && !/^[ \t]*&[ \t]*$/.test(gap)) break;
    const t = tokens[j];
    if (t.capitalised && (!isStopWord(t.text) || isNameHead(t.text))) {
      last = j;
      continue;
    }
    // "of", "the", "and" may sit inside a name, never at its end.
    if (!lists.nameConnectors.has(t.text)) break;
  }
  return last;
}

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
let lexicon: Record<string, string | string[]> | undefined;

/** A given name in compromise's lexicon ("sarah" -> FemaleName). Read directly: tagging a word is slow. */
export function isFirstName(word: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  if (!tags) return false;
  return (Array.isArray(tags) ? tags : [tags]).some((t) => GIVEN_NAME_TAGS.has(t));
}

/** The token after `last` is ", " and a known country or region name. */
function followedByRegion(ctx: EntityContext, last: number): boolean {
  const t = ctx.tokens[last];
  const next = ctx.tokens[last + 1];
  if (!next || !/^,[ \t]+$/.test(ctx.text.slice(t.end, next.start))) return false;
  for (let n = 3; n >= 1; n--) {
    const end = ctx.tokens[last + n];
    if (!end) continue;
    const entries = entriesFor(ctx.text.slice(next.start, end.end));
    if (entries.some((e) => e.form === 'name' && (e.type === 'Country' || (e.type === 'Place' && e.kind !== 'city' && e.kind !== 'continent')))) return true;
  }
  return false;
}

function typeOf(ctx: EntityContext, words: Token[], first: number): EntityType | undefined {
  const lists = wordLists();
  const texts = words.map((w) => w.text);
  const lastWord = texts[texts.length - 1];
  if (words.length >= 2) {
    if (lists.outletHeads.has(lastWord) && !lists.organizationHeads.has(texts[0])) return 'MediaOutlet';
    if (texts.some((w) => lists.organizationHeads.has(w))) return 'Organization';
    if (lists.placeHeads.has(lastWord) || lists.placePrefixes.has(texts[0])) return 'Place';
    if (words.length <= 4 && isFirstName(texts[0]) && words.every((w) => !w.allCaps) && !titleAt(ctx.text, words[0].start)) return 'Person';
  }
  if (words.some((w) => isStopWord(w.text) || lists.languages.has(w.text))) return undefined;
  // "Irving, Texas", "Evansville, Indiana": a name followed by its state or country is a town.
  if (followedByRegion(ctx, first + words.length - 1)) return 'Place';
  if (ctx.sentenceStartTokens.has(first) || ctx.headlineCased.some((p) => within(words[0], p))) return undefined;
  // "from Herat", "in Irving": an unknown name where a place is expected.
  const before = ctx.tokens[first - 1];
  if (before && lists.placeCuePrepositions.has(before.text) && /^[ \t]+$/.test(ctx.text.slice(before.end, words[0].start))) return 'Place';
  // "KPA", "FIRST": an unknown acronym in running text names a body, unless it is a common one.
  const roman = /^[IVXLC]+$/.test(words[0].text);
  if (words.length === 1 && words[0].allCaps && words[0].text.length <= 6 && !roman && !lists.nonNameAcronyms.has(words[0].text)) {
    const prev = ctx.tokens[first - 1];
    const next = ctx.tokens[first + 1];
    const shouting = (prev && prev.allCaps) || (next && next.allCaps);
    if (!shouting) return 'Organization';
  }
  return undefined;
}
