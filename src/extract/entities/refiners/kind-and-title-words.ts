// Refiner `kind-and-title-words`: the statistical and capitalisation rules read some descriptive
// words around a place, country or body name as part of it. This refiner cuts them off, or drops
// the mention when nothing of a name is left:
// - a country and a kind of place before "of": "the Indian state of Karnataka" -> "Karnataka" (the
//   demonym "Indian" is a country mention of its own, from the gazetteer); after a name that is no
//   country the place comes first: "the Ural region of Russia" -> "Ural";
// - an office after the name: "former New York City Mayor Michael Bloomberg" -> "New York City",
//   "Iranian Chess Federation President" -> "Iranian Chess Federation" (the title makes a role of
//   the person, see resolve/entities/roles.ts, not a word of the place);
// - an office before "of" or "for" and the place: "Prime Ministers of Belgium" -> "Belgium"; an
//   office alone is no place ("a sitting Secretary of State");
// - adjectives of world regions guessed by the rules ("Central European", "South Asian
//   American"), and faith and party words guessed as places ("the Jewish state"); a region's
//   adjective the gazetteer knows ("North American") stands for the region, as "Russian" does for
//   Russia.
// Lists: data/entities/place-phrases.json. Runs right after `trim-mention`, so that the cut names
// meet the gazetteer's mentions of the same words in `resolve-overlaps`.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { loadEntityData } from '../../../resolve/entities/data';
import { isSkippableWord } from '../../../resolve/entities/abbreviations';
import { entriesFor, isKnownPlace } from '../../../resolve/entities/gazetteer';
import { titleAt, titleEndingAt } from '../titles';
import { isBodyHead, wordLists } from '../word-lists';

interface PlacePhrasesFile {
  placeKinds: string[];
  regionAdjectives: string[];
  regionQualifiers: string[];
}

let phrases: { placeKinds: Set<string>; regionAdjectives: Set<string>; regionQualifiers: Set<string> } | undefined;

function phraseLists() {
  if (!phrases) {
    const file = loadEntityData<PlacePhrasesFile>('place-phrases.json');
    phrases = {
      placeKinds: new Set(file.placeKinds),
      regionAdjectives: new Set(file.regionAdjectives),
      regionQualifiers: new Set(file.regionQualifiers),
    };
  }
  return phrases;
}


const isCountryWord = (words: string) => entriesFor(words).some((e) => e.type === 'Country');

/** A place the gazetteer knows, or a name ending in a place head ("Santa Barbara County", "Biobio Region"). */
function looksLikePlace(words: string): boolean {
  const last = words.split(/\s+/).pop() ?? '';
  return isKnownPlace(words) || wordLists().placeHeads.has(last);
}

/** "Latin American", "South Asian American", "Middle Eastern", "European": a region adjective, no place. */
function isRegionAdjective(m: EntityMention): boolean {
  // "North American", "Latin American": a region's adjective the gazetteer knows stands for the
  // region, as a demonym stands for its country.
  if ((m.type !== 'Place' && m.type !== 'Organization') || m.rule.startsWith('gazetteer') || isCountryWord(m.text)) return false;
  const { regionAdjectives, regionQualifiers } = phraseLists();
  const words = m.text.split(/\s+/);
  return regionAdjectives.has(words[words.length - 1]) && words.every((w) => regionAdjectives.has(w) || regionQualifiers.has(w));
}

/** "the Jewish state": a guessed place that is one faith or party word (personDescriptors of name-cues.json). */
const isFaithOrPartyWord = (m: EntityMention) => m.type === 'Place' && !m.rule.startsWith('gazetteer') && wordLists().personDescriptors.has(m.text);

/** The part of a mention from `start` to `end`, spaces around it left out. */
function part(m: EntityMention, ctx: EntityContext, start: number, end: number): EntityMention {
  while (start < end && /\s/.test(ctx.text[start])) start++;
  while (end > start && /\s/.test(ctx.text[end - 1])) end--;
  return { start, end, text: ctx.text.slice(start, end), type: m.type, rule: m.rule };
}

/** "Indian state of Karnataka" -> "Karnataka"; "Ural region of Russia" -> "Ural". */
function withoutKindOfPlace(m: EntityMention, ctx: EntityContext): EntityMention | undefined {
  if (m.type !== 'Place' && m.type !== 'Country') return undefined;
  const phrase = /^(\S.*?)\s+(\p{Ll}[\p{Ll}-]*)\s+of\s+(?:the\s+)?(?=\p{Lu})/u.exec(m.text);
  if (!phrase || !phraseLists().placeKinds.has(phrase[2])) return undefined;
  const before = phrase[1];
  const after = m.text.slice(phrase[0].length);
  if (isCountryWord(before)) return part(m, ctx, m.start + phrase[0].length, m.end);
  if (isKnownPlace(after) && /^\p{Lu}/u.test(before)) return part(m, ctx, m.start, m.start + before.length);
  return undefined;
}

/** "New York City Mayor" -> "New York City"; "Iranian Chess Federation President" -> "Iranian Chess Federation". */
function withoutTitleAfter(m: EntityMention, ctx: EntityContext): EntityMention | undefined {
  const title = titleEndingAt(ctx.text, m.end);
  if (!title || title.honorific || title.start <= m.start || !/^\p{Lu}/u.test(title.text)) return undefined;
  const rest = ctx.text.slice(m.start, title.start).trim();
  const words = rest.split(/\s+/);
  // "House of Representatives", "Office of the Inspector General": the title is the body's own word.
  if (isSkippableWord(words[words.length - 1].toLowerCase())) return undefined;
  // "Office of the Inspector General": two titles in a row are one office the lists do not know.
  if (titleEndingAt(rest, rest.length)) return undefined;
  // "Democratic Representatives", "Sacramento Kings": what is left must still name a body or place.
  const namesItself = m.type === 'Organization' ? words.some(isBodyHead) : looksLikePlace(rest);
  return namesItself ? part(m, ctx, m.start, title.start) : undefined;
}

/**
 * "Prime Ministers of Belgium" -> "Belgium"; "Secretary of State" alone -> null (no place at all).
 * Undefined when no office opens the mention. One-word titles that open place names ("General
 * Santos City", "Queens") are only cut before "of" or "for".
 */
function withoutTitleBefore(m: EntityMention, ctx: EntityContext): EntityMention | null | undefined {
  if (m.type !== 'Place' && m.type !== 'Country') return undefined;
  const title = titleAt(ctx.text, m.start);
  if (!title || title.honorific || !/^\p{Lu}/u.test(title.text) || title.end > m.end) return undefined;
  if (title.end === m.end) return /\s/.test(title.text) ? null : undefined;
  const link = /^\s+(?:of|for)\s+(?:the\s+)?/u.exec(ctx.text.slice(title.end, m.end));
  if (!link) return undefined;
  const place = part(m, ctx, title.end + link[0].length, m.end);
  return looksLikePlace(place.text) ? place : undefined;
}

export const kindAndTitleWordsRefiner: EntityRefiner = {
  id: 'kind-and-title-words',
  refine(mentions, ctx) {
    const out: EntityMention[] = [];
    for (const m of mentions) {
      if (isRegionAdjective(m) || isFaithOrPartyWord(m)) continue;
      // Known names are exact; only the guesses of the other rules can swallow words.
      if (m.rule.startsWith('gazetteer') || (m.type !== 'Place' && m.type !== 'Country' && m.type !== 'Organization')) {
        out.push(m);
        continue;
      }
      const cut = withoutKindOfPlace(m, ctx) ?? withoutTitleAfter(m, ctx) ?? withoutTitleBefore(m, ctx);
      if (cut !== null) out.push(cut ?? m);
    }
    return out;
  },
};
