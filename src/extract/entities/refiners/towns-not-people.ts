// Refiner `towns-not-people`: many towns bear given names or surnames ("Carmen", "Charlotte",
// "Henderson", "Irving"), and compromise guesses them as people. The city part of the gazetteer
// rule takes such a name as a town only after a strong cue, so as not to turn people into towns;
// this refiner looks at the person guesses whose words name a town of the city list and retypes
// them as places where the words around them say a place is meant:
//  - a place preposition right before ("in Charlotte", "near Henderson"), or "at", "to", "from",
//    "in" after a verb of travel or stay ("intending to land at Henderson", "moved to Irving");
//  - "from X to Y" or "between X and Y" with Y a place ("moved from Charlotte to Jacksonville");
//  - a noun that takes a place after "of" ("the mayor of Esperanza"), or an age before "of"
//    ("Christopher Tays, 32, of Franklin");
//  - a region after a comma ("Irving, TX", "Franklin, Ohio");
//  - an item of a list next to a place ("Cantilan, Madrid, Carmen, Lanuza, and Cortes"); this
//    one also for a given name the city list lacks, when no item next to it is a person or body.
// A possessive name ("in Warren's campaign") takes no cue from the preposition. A name the article
// also writes inside a longer person's name ("Charlotte Dujardin") stays a person. One cued use
// retypes every guess of that name in the article ("moved from Charlotte to Jacksonville ...
// Charlotte lost millions"). Cue words: data/entities/town-cues.json.
import type { EntityMention } from '../../../types';
import { type EntityContext, type EntityRefiner, isPlaceName } from '../rule';
import type { Token } from '../tokens';
import { loadEntityData, type NameCuesFile } from '../../../resolve/entities/data';
import { cityFor } from '../../../resolve/entities/gazetteer';
import { isFirstName } from '../lexicon';
import { wordLists } from '../word-lists';

interface TownCuesFile {
  placePrepositions: string[];
  motionVerbs: string[];
  placeOfNouns: string[];
  regionCodes: string[];
}

type TownCues = { [K in keyof TownCuesFile]: Set<string> };

let cues: TownCues | undefined;

function townCues(): TownCues {
  if (!cues) {
    const file = loadEntityData<TownCuesFile>('town-cues.json');
    cues = {
      placePrepositions: new Set(file.placePrepositions),
      motionVerbs: new Set([...file.motionVerbs, ...loadEntityData<NameCuesFile>('name-cues.json').motionBeforeTo]),
      placeOfNouns: new Set(file.placeOfNouns),
      regionCodes: new Set([...file.regionCodes, ...wordLists().usStateCodes]),
    };
  }
  return cues;
}

/** Prepositions that follow a verb of travel or stay before the place ("land at", "moved to"). */
const MOTION_PREPOSITIONS = new Set(['at', 'to', 'from', 'in', 'into']);

/** A person guess of the other rules whose words name a town of the city list. */
const isTownGuess = (m: EntityMention) => isGuess(m) && cityFor(m.text) !== undefined;

/** A person guess of the other rules. */
const isGuess = (m: EntityMention) => m.type === 'Person' && !m.rule.startsWith('gazetteer');

/** A one-word guess that is a given name ("Carmen"): a town only as an item of a list of places. */
const isGivenNameGuess = (m: EntityMention) => isGuess(m) && !/\s/.test(m.text) && isFirstName(m.text);


export const townsNotPeopleRefiner: EntityRefiner = {
  id: 'towns-not-people',
  refine(mentions, ctx) {
    const guesses = mentions.filter((m) => isTownGuess(m) || isGivenNameGuess(m));
    if (guesses.length === 0) return mentions;
    // "Charlotte Dujardin ... Charlotte": the article names a person with these words.
    const personWords = new Set(mentions.filter((m) => m.type === 'Person' && /\s/.test(m.text)).flatMap((m) => m.text.split(/\s+/)));
    const meant = (m: EntityMention) => (isTownGuess(m) ? placeMeant(m, ctx, mentions) : inListOfPlaces(ctx, m, mentions, true));
    const towns = new Set(guesses.filter((m) => !m.text.split(/\s+/).some((w) => personWords.has(w)) && meant(m)).map((m) => m.text));
    if (towns.size === 0) return mentions;
    return mentions.map((m) => (isGuess(m) && towns.has(m.text) ? { ...m, type: 'Place' as const, rule: `${m.rule}+towns-not-people` } : m));
  },
};

/** Only spaces and tabs between the two tokens. */
const spaced = (ctx: EntityContext, a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && /^[ \t]+$/.test(ctx.text.slice(a.end, b.start));

/** The words around the guess say that a place is meant. */
export function placeMeant(m: EntityMention, ctx: EntityContext, mentions: EntityMention[]): boolean {
  const { tokens } = ctx;
  const first = tokens.findIndex((t) => t.start === m.start);
  const last = tokens.findIndex((t) => t.end === m.end);
  if (first < 0 || last < 0) return false;
  return cuedBefore(ctx, first, last, mentions) || regionAfter(ctx, last, mentions) || inListOfPlaces(ctx, m, mentions, false);
}

/** A preposition, verb or noun before the name that takes a place. */
function cuedBefore(ctx: EntityContext, first: number, last: number, mentions: EntityMention[]): boolean {
  const { tokens } = ctx;
  const c = townCues();
  const prev = tokens[first - 1];
  if (!spaced(ctx, prev, tokens[first])) return false;
  const word = prev.text.toLowerCase();
  const before = tokens[first - 2];
  const beforeWord = spaced(ctx, before, prev) ? before.text.toLowerCase() : '';
  // "in Warren's campaign": a possessive is as often a person's.
  if (!tokens[last].possessive) {
    if (c.placePrepositions.has(word)) return true;
    if (MOTION_PREPOSITIONS.has(word) && c.motionVerbs.has(beforeWord)) return true;
    if ((word === 'from' || word === 'between') && placeFollows(ctx, last, word === 'from' ? 'to' : 'and', mentions)) return true;
  }
  if (word !== 'of') return false;
  // "the mayor of Esperanza"; "Christopher L. Tays, 32, of Franklin".
  return c.placeOfNouns.has(beforeWord) || /(?:^|[^\p{L}\p{N}])\d{1,3},[ \t]+$/u.test(ctx.text.slice(Math.max(0, prev.start - 6), prev.start));
}

/** "Charlotte to Jacksonville", "Irving and Dallas": the linking word, then a place. */
function placeFollows(ctx: EntityContext, last: number, link: string, mentions: EntityMention[]): boolean {
  const { tokens } = ctx;
  const word = tokens[last + 1];
  const next = tokens[last + 2];
  if (word?.text !== link || !spaced(ctx, tokens[last], word) || !spaced(ctx, word, next) || !next.capitalised) return false;
  return mentions.some((k) => k.start === next.start && isPlaceName(k)) || cityFor(next.text) !== undefined;
}

/** "Irving, TX", "Franklin, Ohio": a comma and a region or country that ends the phrase. */
function regionAfter(ctx: EntityContext, last: number, mentions: EntityMention[]): boolean {
  const { tokens, text } = ctx;
  const next = tokens[last + 1];
  if (!next || tokens[last].possessive || !/^,[ \t]*$/.test(text.slice(tokens[last].end, next.start))) return false;
  const region = mentions.find((k) => k.start === next.start && isPlaceName(k));
  const end = region ? region.end : townCues().regionCodes.has(next.text) ? next.end : undefined;
  if (end === undefined) return false;
  const regionToken = tokens.find((t) => t.end === end);
  // "Obama, U.S. president", "Bolton, Britain's ambassador": the region opens a description.
  return !regionToken?.possessive && /^(?:$|[ \t]*(?:[,.;:)\n]|$))/.test(text.slice(end, end + 2));
}

/** The link between two items of a list: a comma, "and" or "or", or a comma and one of them. */
const LINK_BEFORE = /(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$/;
const LINK_AFTER = /^(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)/;

/**
 * "Cantilan, Madrid, Carmen, Lanuza, and Cortes": an item of a list whose item next to it is a
 * place. A comma alone makes a list only when the list goes on past the name ("In Kyiv, Zelensky
 * said" is no list); no neighbouring item may be a person named in full, nor, with `strict` (for
 * a given name that the city list does not know), a person or body at all.
 */
function inListOfPlaces(ctx: EntityContext, m: EntityMention, mentions: EntityMention[], strict: boolean): boolean {
  const { text, tokens } = ctx;
  const { start, end } = m;
  const leftLink = LINK_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[0];
  const rightLink = LINK_AFTER.exec(text.slice(end, end + 8))?.[0];
  const left = leftLink !== undefined ? mentions.find((k) => k.end === start - leftLink.length) : undefined;
  const right = rightLink !== undefined ? mentions.find((k) => k.start === end + rightLink.length) : undefined;
  const linked = (link: string | undefined, other: string | undefined) => link !== undefined && (/\b(?:and|or)\b/.test(link) || other !== undefined);
  const items = [linked(leftLink, rightLink) ? left : undefined, linked(rightLink, leftLink) ? right : undefined].filter((k): k is EntityMention => k !== undefined);
  if (items.some((k) => k.type === 'Person' && (strict || /\s/.test(k.text)))) return false;
  if (strict && [left, right].some((k) => k !== undefined && !isPlaceName(k))) return false;
  return items.some((k) => isPlaceName(k) && !tokens.find((t) => t.end === k.end)?.possessive);
}
