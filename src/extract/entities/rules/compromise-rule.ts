// Rule `compromise`: people, places and organisations found by the compromise NLP library. Its
// spans are raw candidates: titles, trailing verbs and junk are trimmed by the refiners, and
// gazetteer matches win where they overlap. Its place guesses need a sign of a place
// (placeGuessHolds): one-word guesses such as "Operation" are often ordinary words. It is the
// slowest rule by far (most of the time per article); the whole text is read in one call, which
// is faster than per sentence.
import nlp from 'compromise';
import type { EntityMention, EntityType } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import { cityFor, entriesFor } from '../../../resolve/entities/gazetteer';
import { isOrdinaryWord, PLACE_TAGS } from '../lexicon';
import { headWords, isBodyHead, wordLists } from '../word-lists';
import { lowerCaseWords } from '../context';
import { isGivenName } from '../person-names';
import { titleAt } from '../titles';
import { loadEntityData, type StopWordsFile } from '../../../resolve/entities/data';

/** compromise's terms once offsets are computed (its `docs` are the matched term lists). */
interface Term {
  offset?: { start: number; length: number };
  tags?: Set<string>;
}
interface TermView {
  docs: Term[][];
}

export const compromiseRule: EntityRule = {
  id: 'compromise',
  propose(ctx) {
    const doc = nlp(ctx.text);
    // Offsets computed once and read from the terms: about twice as fast as .json({ offset }).
    doc.compute('offset');
    const out: EntityMention[] = [];
    let lowerWords: Set<string> | undefined;
    const take = (view: unknown, type: EntityType) => {
      for (const terms of (view as TermView).docs) {
        const first = terms[0]?.offset;
        const last = terms[terms.length - 1]?.offset;
        if (!first || !last) continue;
        const span = { start: first.start, end: last.start + last.length };
        if (span.end <= span.start) continue;
        const text = ctx.text.slice(span.start, span.end);
        if (type === 'Person' && !terms.some(isNameTerm)) {
          lowerWords ??= new Set(ctx.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
          if (onlyOrdinaryWords(text, lowerWords)) continue;
        }
        if (type === 'Place' && !placeGuessHolds(ctx, text)) continue;
        if (type === 'Organization' && !organisationGuessHolds(ctx, text)) continue;
        out.push({ ...span, text, type, rule: `compromise:${type.toLowerCase()}` });
      }
    };
    take(doc.people(), 'Person');
    take(doc.places(), 'Place');
    take(doc.organizations(), 'Organization');
    return out;
  },
};

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const isNameTerm = (t: Term) => [...(t.tags ?? [])].some((tag) => NAME_TAGS.has(tag));

/**
 * "USI Art Collections": two or more words, none a known name, each written in lower case
 * elsewhere in the article ("art", "collections"): ordinary words, no person. (compromise's own
 * lexicon is no test here: "Bill", "Rich" are ordinary words and given names alike.)
 */
function onlyOrdinaryWords(text: string, lowerWords: Set<string>): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/['’]s?$/u, '').replace(/[^\p{L}'’-]+/gu, '')).filter(Boolean);
  return words.length > 1 && words.every((w) => lowerWords.has(w.toLowerCase()));
}

/**
 * compromise guesses places from capital letters and position alone. A guess is kept only with
 * some sign of a place:
 * - one word: the gazetteer or town list knows it, or it is no ordinary word (see ordinaryWord);
 * - several words: a place or facility head word as the head ("Kaimana Beach", "Gulf of
 *   Oman"), a place head or prefix first ("County Galway", "Mount Kenya"), a place noun after
 *   the name ("Nagorno-Karabakh region"), or a known place among them ("Maidan Wardak");
 *   and no person's name shape: a given name first, then no place head ("Rich Bowen"), or three
 *   words ending in a surname that is also a place head ("Marc Lamont Hill"; "Charlotte Street"
 *   is a street). "Northern Arena Esports" (a team) has no head.
 */
export function placeGuessHolds(ctx: EntityContext, guess: string): boolean {
  const all = guess.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/['’]s?$/u, '')).filter(Boolean);
  // "town of Yeoncheon": leading lower-case words are trimmed later; the name is what follows.
  const firstName = all.findIndex((w) => /^\p{Lu}/u.test(w));
  if (firstName < 0) return false;
  // "Nagorno-Karabakh region", "Kīlauea volcano": trailing lower-case words are trimmed later too;
  // a place noun among them says what the name is.
  let end = all.length;
  while (end > firstName + 1 && !/^\p{Lu}/u.test(all[end - 1])) end--;
  const lists = wordLists();
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  if (all.slice(end).some((w) => lists.placeHeads.has(capital(w)))) return true;
  const words = all.slice(firstName, end);
  const text = firstName > 0 || end < all.length ? words.join(' ') : guess;
  const known = (surface: string) => entriesFor(surface).length > 0 || cityFor(surface) !== undefined;
  if (known(text)) return true;
  // "Senator", "District Judge": a title guessed as a place.
  if (titleAt(text, 0)) return false;
  if (words.length === 1) return !ordinaryWord(ctx, words[0]);
  const heads = headWords();
  const last = words[words.length - 1];
  const personShape = words.length === 3 && heads.surnamePlaceHeads.has(last);
  if (isGivenName(words[0]) && (personShape || !words.some((w) => lists.placeHeads.has(w) || heads.facilityHeads.has(w)))) return false;
  // The head of an English compound is its last word, or the word before "of" ("Gulf of Oman").
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : last;
  // "County Galway", "Lake Titicaca": a place head may come first as well, before a name
  // ("District Judge", "County Attorney" are offices).
  const headFirst = (lists.placeHeads.has(words[0]) && !words.slice(1).some((w) => ordinaryWord(ctx, w) || titleAt(w, 0) || lists.personDescriptors.has(w)))
    || lists.placePrefixes.has(words[0]);
  return lists.placeHeads.has(head) || heads.facilityHeads.has(head) || headFirst || words.some(known);
}

/**
 * compromise guesses organisations from capitals and a few patterns ("X & Y"), and many guesses
 * are product, feature or section labels ("Plan & Grow", "Hydrogen gas"). A guess is dropped when
 * every capitalised word in it is an ordinary word that the article also writes in lower case, and
 * none is the head word of a body ("Federal Center for Neurosurgery") or a corporate suffix;
 * known names always hold.
 */
export function organisationGuessHolds(ctx: EntityContext, guess: string): boolean {
  if (entriesFor(guess).length > 0) return true;
  const lists = wordLists();
  // Lower-case words around the name ("Hydrogen gas") are trimmed later; the name words decide.
  const words = guess.split(/[\s&]+/).map((w) => w.replace(/['’]s?$/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w));
  if (words.length === 0) return true;
  if (words.some((w) => isBodyHead(w) || lists.corporateSuffixes.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(w))) return true;
  const lower = lowerCaseWords(ctx);
  return !words.every((w) => lower.has(w.toLowerCase()));
}

let nounSuffixes: RegExp | undefined;

/**
 * A word of ordinary English rather than a name: compromise's lexicon knows it as something other
 * than a name or place ("Central", "Grand", "Groom"); the article writes it in lower case too; it
 * ends like an abstract noun ("Operation"); or it is a compound of two words the lexicon knows
 * ("Countdown": count + down), each of four letters or more ("Banten" is no "ban" + "ten"). Most nouns are not in the lexicon, hence the last two tests.
 */
function ordinaryWord(ctx: EntityContext, word: string): boolean {
  const lower = word.toLowerCase();
  if (isOrdinaryWord(word, undefined, PLACE_TAGS) || lowerCaseWords(ctx).has(lower)) return true;
  nounSuffixes ??= new RegExp(`(?:${loadEntityData<StopWordsFile>('stop-words.json').ordinaryNounSuffixes.join('|')})$`);
  if (nounSuffixes.test(lower)) return true;
  for (let cut = 4; cut <= lower.length - 4; cut++) {
    const head = lower.slice(0, cut);
    const tail = lower.slice(cut);
    if (isOrdinaryWord(head, undefined, PLACE_TAGS) && isOrdinaryWord(tail, undefined, PLACE_TAGS)) return true;
  }
  return false;
}
