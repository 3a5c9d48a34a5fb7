// Names of news outlets found by their shape: a run of capitalised words ending in an outlet's head
// word ("Deseret News", "Kansas City Star", "Pittsburgh Post-Gazette"). The head words and the cue
// words around an outlet's name live in data/entities/name-cues.json and head-words.json.
import type { EntityType } from '../../types';
import type { Token } from './tokens';
import { headWords, wordLists, isNameHead } from './word-lists';
import { cityFor, entriesFor } from '../../resolve/entities/gazetteer';

/**
 * What a run ending in an outlet's head word names: a news outlet ("Deseret News", "Pittsburgh
 * Post-Gazette", "Kansas City Star"); or an organisation, for a head that also ends the names of
 * firms and trains ("Pizza Express") with no outlet cue next to it, or a run opening with an
 * organisation head ("Daily Express" is a known outlet; "Bank Review" is no paper). Undefined when
 * the last word is no outlet head.
 */
export function outletTypeOf(text: string, words: Token[]): EntityType | undefined {
  const texts = words.map((w) => w.text);
  const lastWord = texts[texts.length - 1];
  // "the Daily Hive": a lead word and one more word ("Daily News" is read by its head).
  if (texts.length === 2 && headWords().outletLeads.has(texts[0]) && /^\p{Lu}\p{Ll}+$/u.test(lastWord) && !isOutletHead(lastWord)) return 'MediaOutlet';
  if (!isOutletHead(lastWord) && !(headWords().newspaperHeads.has(lastWord) && namesPlace(texts.slice(0, -1)))) return undefined;
  if (headWords().weakOutletHeads.has(lastWord) && !hasOutletCue(text, words[0].start, words[words.length - 1].end)) return 'Organization';
  return wordLists().organizationHeads.has(texts[0]) ? undefined : 'MediaOutlet';
}

/**
 * A word that ends an outlet's name wherever it stands: an outlet head of name-cues.json ("Times",
 * "Express"), or a hyphenated word with an outlet head in it ("Post-Gazette", "Union-Tribune",
 * "Review-Journal") or made of newspaper heads alone ("Star-Telegram"), every part capitalised.
 */
export function isOutletHead(word: string): boolean {
  if (wordLists().outletHeads.has(word)) return true;
  const parts = word.split('-');
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p))) return false;
  // A newspaper head counts next to another head only: "Star-Ledger", not "All-Star".
  const heads = parts.filter((p) => wordLists().outletHeads.has(p) || headWords().newspaperHeads.has(p));
  return heads.some((p) => wordLists().outletHeads.has(p)) || heads.length === parts.length;
}

/**
 * The words name a town, state, region or country ("Kansas City", "Orange County", "Sacramento"),
 * the way a newspaper's name starts ("Kansas City Star"). Demonyms do not count ("a Texan Star").
 */
function namesPlace(words: string[]): boolean {
  if (words.length === 0) return false;
  const surface = words.join(' ');
  if (cityFor(surface) || entriesFor(surface).some((e) => (e.type === 'Country' || e.type === 'Place') && e.form !== 'demonym')) return true;
  // "Orange County", "Kansas City": a name and a place head after it.
  return words.length >= 2 && wordLists().placeHeads.has(words[words.length - 1]) && !words.slice(0, -1).some((w) => isNameHead(w));
}

/**
 * The name at `start`..`end` of `text` stands next to words that say it names a news outlet: "told
 * the Review", "according to the Express", "the Press reported", "a Review article" (head-words.json
 * outletCuesBefore / outletCuesAfter).
 */
export function hasOutletCue(text: string, start: number, end: number): boolean {
  const cues = headWords();
  // The one or two words before the name, an article skipped: "told", "according to".
  const before = (/(?:^|[^\p{L}])((?:\p{L}+[ \t]+)?\p{L}+)[ \t]+(?:(?:the|a|an)[ \t]+)?$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '')
    .toLowerCase().split(/[ \t]+/);
  if (cues.outletCuesBefore.has(before[before.length - 1]) || cues.outletCuesBefore.has(before.join(' '))) return true;
  const after = /^[ \t]*(?:['’]s[ \t]+)?(\p{Ll}+)/u.exec(text.slice(end, end + 30));
  return after !== null && cues.outletCuesAfter.has(after[1]);
}
