// Refiner `person-neighbours`: people found by other rules vouch for the names next to them.
//  - A full name cut short ("Hardeep Singh" of "Hardeep Singh Puri") takes the unknown capitalised
//    word that follows it directly; a surname the article knows takes the given name before it
//    ("Ginger Baker"; surnames.ts).
//  - A name takes the initials right before it ("L. Ron Hubbard") and an Arabic article surname
//    right after it ("Suleiman al-Amr").
//  - An East Asian family name followed by a hyphenated given name ("Park Joo-ho", "Hau
//    Lung-bin"), or by one or two words no list knows ("Chiang Kai Shek"), is a person.
//  - A place's name that is also a given name ("Virginia", "Florence", "Israel"), followed by one
//    unknown capitalised word that the article shows to be a surname, is a person: "Virginia
//    Giuffre ... Giuffre said", "Israel Katz said".
//  - In a list of names ("Romelu Lukaku, Yannick Carrasco, and Dries Mertens") a known person makes
//    the other items people too, when they have the same shape: two or three capitalised words that
//    are no known country, place, body, head word ("University") or title.
//  - The other way round, a guessed person between two organisations in a list ("Intuitive
//    Machines, Lockheed Martin, Masten Space Systems") whose first word is no given name is a firm.
// New mentions carry the rule `person-neighbours:*` and rank like capitalised-sequence guesses, so
// gazetteer names still win where they overlap.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { overlaps, within } from '../rule';
import type { Token } from '../tokens';
import { isNameHead, isStopWord, wordLists } from '../word-lists';
import { titleAt } from '../titles';
import { cityFor, entriesFor } from '../../../resolve/entities/gazetteer';
import { GIVEN_NAME_TAGS, isFirstName, isOrdinaryWord, lexiconTags } from '../lexicon';
import { lowerCaseWords } from '../context';
import { isArticleSurname, isEastAsianFamilyName, isGivenName } from '../person-names';
import { givenNamesBeforeSurnames, isPluralOfWord, surnameEvidence } from './surnames';
import { loadEntityData, type NameCuesFile, type PlaceGivenNamesFile } from '../../../resolve/entities/data';

const MAX_PERSON_WORDS = 4;
const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparative', 'Superlative']);

export const personNeighboursRefiner: EntityRefiner = {
  id: 'person-neighbours',
  refine(mentions, ctx) {
    const familyFirst = familyNameFirst(ctx);
    // A guess of another type on exactly the same words yields to the family-name reading:
    // "Park Joo-Ho" is no place.
    const sameSpan = (m: EntityMention) => familyFirst.some((f) => f.start === m.start && f.end === m.end);
    const placeFirst = placeGivenNameFirst(mentions, ctx);
    // The place read into the given name ("Virginia" of "Virginia Giuffre") is no mention, nor is a
    // part of the name another rule cut the place from ("Azarenka" of "Victoria Azarenka").
    const givenPlace = (m: EntityMention) => placeFirst.some((f) => within(m, f) && m.end - m.start < f.end - f.start);
    const kept = mentions.filter((m) => (m.rule.startsWith('gazetteer') || m.type === 'Person' || !sameSpan(m)) && !givenPlace(m));
    kept.push(...placeFirst);
    for (let k = 0; k < kept.length; k++) if (isFirmAmongFirms(kept[k], kept, ctx)) kept[k] = { ...kept[k], type: 'Organization', rule: `${kept[k].rule}+person-neighbours:firm` };
    const extended = [
      ...kept.map((m) => (m.type === 'Person' ? extendRight(extendLeft(m, ctx), ctx) : m)),
      ...familyFirst.filter((f) => !kept.some((m) => m.type === 'Person' && m.start === f.start && m.end === f.end)),
    ];
    const added: EntityMention[] = givenNamesBeforeSurnames(extended, ctx);
    const taken = (span: { start: number; end: number }) => [...extended, ...added].some((m) => overlaps(m, span));
    for (const m of extended) {
      if (m.type !== 'Person' || !/\s/.test(m.text)) continue;
      for (const item of listNeighbours(m, ctx)) if (!taken(item)) added.push(item);
    }
    return [...extended, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  },
};

/** A word that may belong to a person's name: capitalised, not shouted, no stop/head word, no known name. */
function plainNameWord(t: Token): boolean {
  return t.capitalised && !t.allCaps && t.text.length > 1 && !/\d/.test(t.text) && !isStopWord(t.text) && !isNameHead(t.text)
    && entriesFor(t.text).length === 0;
}

const tokenIndexAt = (ctx: EntityContext, offset: number) => ctx.tokens.findIndex((t) => t.start === offset);
const tokenIndexEndingAt = (ctx: EntityContext, offset: number) => ctx.tokens.findIndex((t) => t.end === offset);

function extendRight(m: EntityMention, ctx: EntityContext): EntityMention {
  const { tokens, text } = ctx;
  const last = tokenIndexEndingAt(ctx, m.end);
  const next = tokens[last + 1];
  // "Suleiman al-Amr": the article surname belongs to the name, whatever its length; so does the
  // word after a particle that would otherwise end it ("Haitham bin Tariq Al Said").
  const joinedNext = last >= 0 && next && !tokens[last].possessive && /^[ \t]+$/.test(text.slice(tokens[last].end, next.start));
  const danglingParticle = joinedNext && wordLists().personParticles.has(tokens[last].text.toLowerCase()) && next.capitalised && !next.allCaps;
  if (joinedNext && (isArticleSurname(next.text) || danglingParticle)) {
    return { ...m, end: next.end, text: text.slice(m.start, next.end), rule: `${m.rule}+person-neighbours:extend` };
  }
  // "Luiz Inácio Lula da Silva", "Vincent van Gogh": a lower-case particle and a surname after it.
  const surname = tokens[last + 2];
  if (joinedNext && /^\p{Ll}/u.test(next.text) && wordLists().personParticles.has(next.text) && surname && surname.capitalised
    && !surname.allCaps && /^[ \t]+$/.test(text.slice(next.end, surname.start)) && plainNameWord(surname)) {
    return { ...m, end: surname.end, text: text.slice(m.start, surname.end), rule: `${m.rule}+person-neighbours:extend` };
  }
  const words = m.text.split(/\s+/).length;
  if (last < 0 || !next || tokens[last].possessive || words >= MAX_PERSON_WORDS) return m;
  // One-word guesses took their surnames before (refiner surnames); a lone surname before a word
  // ("Warhol Polaroids", "Campbell Soup") is more often a name used as a modifier.
  if (words === 1) return m;
  if (!/^[ \t]+$/.test(text.slice(tokens[last].end, next.start)) || !plainNameWord(next) || isOrdinaryWord(next.text)) return m;
  // The word after must not carry on the run: "Hardeep Singh Puri Foundation" is something else.
  // Nor may a number follow it: "Advisory Number 5" is no name.
  const after = tokens[last + 2];
  if (after && (after.capitalised || /^\d/.test(after.text)) && /^[ \t]+$/.test(text.slice(next.end, after.start))) return m;
  return { ...m, end: next.end, text: text.slice(m.start, next.end), rule: `${m.rule}+person-neighbours:extend` };
}

/**
 * "L. Ron Hubbard": single-letter initials right before a name belong to it. Not after another
 * capitalised word ("World War I. Ron Smith"), where the letter more likely ends a sentence.
 */
function extendLeft(m: EntityMention, ctx: EntityContext): EntityMention {
  const { tokens, text } = ctx;
  let first = tokenIndexAt(ctx, m.start);
  if (first < 0) return m;
  const start = first;
  while (first > 0 && /^\p{Lu}\.$/u.test(tokens[first - 1].text) && /^[ \t]+$/.test(text.slice(tokens[first - 1].end, tokens[first].start))) first--;
  if (first === start) return m;
  const before = tokens[first - 1];
  if (before && before.capitalised && /^[ \t]+$/.test(text.slice(before.end, tokens[first].start))) return m;
  return { ...m, start: tokens[first].start, text: text.slice(tokens[first].start, m.end), rule: `${m.rule}+person-neighbours:initials` };
}

// A given name written the East Asian way, after the family name: "Joo-Ho", "Lung-bin", "Jong-un".
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}*$/u;
const MAX_UNHYPHENATED_GIVEN_WORDS = 2;

/** "Park Joo-Ho", "Hau Lung-bin", "Chiang Kai Shek", "Xi Jinping": family name first. */
function familyNameFirst(ctx: EntityContext): EntityMention[] {
  const { tokens, text } = ctx;
  const out: EntityMention[] = [];
  const joined = (a: Token, b: Token) => spaces(ctx, a.end, b.start);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const family = tokens[i];
    if (family.possessive || !isEastAsianFamilyName(family.text) || !joined(family, tokens[i + 1])) continue;
    let last: number | undefined;
    if (HYPHENATED_GIVEN_NAME.test(tokens[i + 1].text)) {
      last = i + 1;
    } else {
      // Without a hyphen the evidence is weaker: the family name must be no English word ("Park",
      // "Long", "Song" are), and the given name one or two unknown words, not a given name of
      // its own where the family name is a Western given name as well (below).
      if (isOrdinaryWord(family.text) || isStopWord(family.text) || entriesFor(family.text).length > 0) continue;
      // "the Sun Corona": no determiner before a person's name.
      const prev = tokens[i - 1];
      if (prev && wordLists().determiners.has(prev.text.toLowerCase())) continue;
      let j = i + 1;
      // Given names may be English given names too ("Chiang Kai Shek") unless the family name is one
      // as well: "Lee Harvey Oswald" is read the Western way.
      const westernToo = isGivenName(family.text);
      while (j < tokens.length && j - i <= MAX_UNHYPHENATED_GIVEN_WORDS && unknownGivenWord(tokens[j], westernToo) && joined(tokens[j - 1], tokens[j])) {
        j++;
        if (tokens[j - 1].possessive) break;
      }
      // "Hong Kongers", "Sun Yat-sen University": a place name that starts with a family name.
      if (j > i + 1 && !startsPlaceName(ctx, family, tokens[i + 1])) last = j - 1;
    }
    if (last === undefined) continue;
    // The name must start and end its run of capitalised words: "Tang Teaching Museum" is none.
    const prev = tokens[i - 1];
    const next = tokens[last + 1];
    if (prev && prev.capitalised && !prev.possessive && joined(prev, family) && !titleAt(text, prev.start) && !ctx.sentenceStartTokens.has(i - 1)) continue;
    if (next && next.capitalised && !tokens[last].possessive && joined(tokens[last], next)) continue;
    // The family name itself may be a head word ("Park"); the given name may not.
    const given = tokens.slice(i + 1, last + 1);
    if (family.allCaps || given.some((t) => isNameHead(t.text) || t.allCaps || titleAt(text, t.start))) continue;
    const start = family.start;
    const end = tokens[last].end;
    if (entriesFor(text.slice(start, end)).length > 0) continue;
    out.push({ start, end, text: text.slice(start, end), type: 'Person', rule: 'person-neighbours:family-name-first' });
    i = last;
  }
  return out;
}

let placeGivenNames: Set<string> | undefined;
let notBeforePersons: Set<string> | undefined;

/**
 * A given name that is also the name of a known place: a word compromise knows as a given name,
 * or one of person-names.json placeGivenNames ("Virginia", "Florence", "Israel"), that the
 * gazetteer or the town list holds as a place or country.
 */
function isPlaceGivenName(word: string): boolean {
  placeGivenNames ??= new Set(loadEntityData<PlaceGivenNamesFile>('person-names.json').placeGivenNames);
  if (!placeGivenNames.has(word) && !isFirstName(word)) return false;
  return cityFor(word) !== undefined || entriesFor(word).some((e) => (e.type === 'Place' || e.type === 'Country') && e.form !== 'demonym');
}

/** "in", "at", "from": a place name is expected after these (name-cues.json locationPrepositions, without "of"). */
function isLocationPreposition(word: string): boolean {
  notBeforePersons ??= new Set(loadEntityData<NameCuesFile>('name-cues.json').locationPrepositions.filter((w) => w !== 'of'));
  return notBeforePersons.has(word.toLowerCase());
}

/**
 * "Virginia Giuffre", "Florence Pugh", "Israel Katz": a place's name that is also a given name
 * (isPlaceGivenName) and one unknown capitalised word after it, alone in their run, is a person's
 * name, where the article shows the second word to be a surname: compromise knows it as one, it
 * stands alone elsewhere ("Giuffre said"), or a speech verb or an aside follows the name
 * ("Israel Katz said", "Florence Pugh, who"). Not after a word that expects a place ("in Virginia
 * Beach", "at Georgia Tech") or a determiner, and not where another rule read the second word
 * into some other name ("Houston Rockets", "Victoria Station"), or a person already covers it.
 */
function placeGivenNameFirst(mentions: EntityMention[], ctx: EntityContext): EntityMention[] {
  const { tokens, text } = ctx;
  const out: EntityMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = tokens[i];
    const surname = tokens[i + 1];
    if (!given.capitalised || given.allCaps || given.possessive || !isPlaceGivenName(given.text)) continue;
    if (!spaces(ctx, given.end, surname.start) || !surnameWord(ctx, surname)) continue;
    const prev = tokens[i - 1];
    if (prev && (isLocationPreposition(prev.text) || wordLists().determiners.has(prev.text.toLowerCase()))) continue;
    // Alone in its run: "West Virginia Republican", "Georgia Tech Yellow Jackets" are other names.
    if (prev && prev.capitalised && !prev.possessive && spaces(ctx, prev.end, given.start) && !titleAt(text, prev.start)
      && !(ctx.sentenceStartTokens.has(i - 1) && isOrdinaryWord(prev.text))) continue;
    const after = tokens[i + 2];
    if (after && !surname.possessive && spaces(ctx, surname.end, after.start) && (after.capitalised || /^\d/.test(after.text))) continue;
    const span = { start: given.start, end: surname.end };
    if (mentions.some((m) => overlaps(m, span) && (m.type === 'Person' ? !within(m, span) || m.start === span.start && m.end === span.end : m.end > given.end))) continue;
    if (!surnameEvidence(ctx, i + 1)) continue;
    out.push({ ...span, text: text.slice(span.start, span.end), type: 'Person', rule: 'person-neighbours:place-given-name' });
    i++;
  }
  return out;
}

/** A capitalised word that may be a surname: no known name, head, title, ordinary word or plural of one. */
function surnameWord(ctx: EntityContext, t: Token): boolean {
  return plainNameWord(t) && !/-/.test(t.text) && !isOrdinaryWord(t.text) && !isPluralOfWord(t.text) && cityFor(t.text) === undefined
    && !titleAt(ctx.text, t.start) && !lowerCaseWords(ctx).has(t.text.toLowerCase());
}

function startsPlaceName(ctx: EntityContext, family: Token, next: Token): boolean {
  const stem = next.text.replace(/(?:ers|er|ese|s)$/u, '');
  return entriesFor(`${family.text} ${stem}`).length > 0 || entriesFor(ctx.text.slice(family.start, next.end)).length > 0;
}

function unknownGivenWord(t: Token, westernNames: boolean): boolean {
  return plainNameWord(t) && t.text.length <= 10 && !isOrdinaryWord(t.text) && !(westernNames && isGivenName(t.text)) && !/-/.test(t.text);
}

/** Items of a list that holds `m`: the run of name words right after or right before each separator. */
function listNeighbours(m: EntityMention, ctx: EntityContext): EntityMention[] {
  const out: EntityMention[] = [];
  const first = tokenIndexAt(ctx, m.start);
  const last = tokenIndexEndingAt(ctx, m.end);
  if (first < 0 || last < 0) return out;
  // Rightwards: "<m>, <item>, and <item>".
  for (let i = last; ; ) {
    const item = itemAfter(ctx, i);
    if (!item) break;
    out.push(item.mention);
    i = item.last;
  }
  // Leftwards: "<item>, <item> and <m>".
  for (let i = first; ; ) {
    const item = itemBefore(ctx, i);
    if (!item) break;
    out.push(item.mention);
    i = item.first;
  }
  return out;
}

const spaces = (ctx: EntityContext, from: number, to: number) => /^[ \t]+$/.test(ctx.text.slice(from, to));

/** Index of the first word of the item after the separator that follows token `k` (", ", " and ", ", and ", " & "). */
function itemStartAfter(ctx: EntityContext, k: number): number | undefined {
  const { tokens, text } = ctx;
  const next = tokens[k + 1];
  if (!next) return undefined;
  const gap = text.slice(tokens[k].end, next.start);
  if (next.text === 'and' && /^,?[ \t]+$/.test(gap)) return tokens[k + 2] && spaces(ctx, next.end, tokens[k + 2].start) ? k + 2 : undefined;
  return /^,[ \t]+$|^[ \t]*&[ \t]*$/.test(gap) ? k + 1 : undefined;
}

/** Index of the last word of the item before the separator that precedes token `f`. */
function itemEndBefore(ctx: EntityContext, f: number): number | undefined {
  const { tokens, text } = ctx;
  const prev = tokens[f - 1];
  if (!prev) return undefined;
  if (prev.text === 'and' && spaces(ctx, prev.end, tokens[f].start)) {
    return tokens[f - 2] && /^,?[ \t]+$/.test(text.slice(tokens[f - 2].end, prev.start)) ? f - 2 : undefined;
  }
  return /^,[ \t]+$|^[ \t]*&[ \t]*$/.test(text.slice(prev.end, tokens[f].start)) ? f - 1 : undefined;
}

function itemAfter(ctx: EntityContext, last: number): { mention: EntityMention; last: number } | undefined {
  const { tokens } = ctx;
  const i = itemStartAfter(ctx, last);
  if (i === undefined) return undefined;
  let j = i;
  while (j < tokens.length && j - i < 3 && plainNameWord(tokens[j]) && (j === i || spaces(ctx, tokens[j - 1].end, tokens[j].start))) j++;
  const end = j - 1;
  // The item must end the capitalised run: "Facebook CEO" or "Smith Foundation" is something else.
  const next = tokens[j];
  if (end < i || (next && next.capitalised && spaces(ctx, tokens[end].end, next.start))) return undefined;
  const mention = item(ctx, i, end);
  return mention ? { mention, last: end } : undefined;
}

function itemBefore(ctx: EntityContext, first: number): { mention: EntityMention; first: number } | undefined {
  const { tokens } = ctx;
  const i = itemEndBefore(ctx, first);
  if (i === undefined) return undefined;
  let j = i;
  while (j >= 0 && i - j < 3 && plainNameWord(tokens[j]) && (j === i || spaces(ctx, tokens[j].end, tokens[j + 1].start))) j--;
  const start = j + 1;
  // The item must start the capitalised run, not sit inside a longer one.
  const prev = tokens[j];
  if (start > i || (prev && prev.capitalised && spaces(ctx, prev.end, tokens[start].start))) return undefined;
  const mention = item(ctx, start, i);
  return mention ? { mention, first: start } : undefined;
}

/**
 * A person's name may follow this word directly: not a number ("1972 Democratic National
 * Convention"), a connector inside a name ("Center for Election Science") or a determiner
 * ("the next Space Telescope").
 */
function nameMayFollow(prev: Token): boolean {
  const lower = prev.text.toLowerCase();
  return !/^\d/.test(prev.text) && !wordLists().nameConnectors.has(lower) && !wordLists().determiners.has(lower);
}

function item(ctx: EntityContext, from: number, to: number): EntityMention | undefined {
  if (to - from < 1 || to - from > 2) return undefined;
  const words = ctx.tokens.slice(from, to + 1);
  if (words.slice(0, -1).some((t) => t.possessive)) return undefined;
  const prev = ctx.tokens[from - 1];
  if (prev && spaces(ctx, prev.end, words[0].start) && prev.text !== 'and' && !nameMayFollow(prev)) return undefined;
  if (ctx.sentenceStartTokens.has(from) && isStopWord(words[0].text)) return undefined;
  // No title and no adjective anywhere in it: "California Secretary", "Grateful Dead" are no
  // names of people. (Other common words stay possible: "Dries Mertens", "Mark Rose".)
  if (words.some((t) => titleAt(ctx.text, t.start) || isOrdinaryWord(t.text, ADJECTIVE_TAGS))) return undefined;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const text = ctx.text.slice(start, end);
  if (entriesFor(text).length > 0) return undefined;
  return { start, end, text, type: 'Person', rule: 'person-neighbours:list' };
}

/** A list separator: ", ", " and ", ", and ", " & ". */
const LIST_SEPARATOR = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)$/;

/**
 * "Firefly Aerospace, Intuitive Machines, Lockheed Martin, Masten Space Systems": a person guessed
 * by compromise (from a surname-like last word) whose first word is no given name, with an
 * organisation right before it and right after it in a list, is one more organisation.
 */
function isFirmAmongFirms(m: EntityMention, mentions: EntityMention[], ctx: EntityContext): boolean {
  if (m.type !== 'Person' || !m.rule.startsWith('compromise') || !/\s/.test(m.text)) return false;
  const first = m.text.split(/\s+/)[0];
  if (isGivenName(first) || lexiconTags(first).some((t) => GIVEN_NAME_TAGS.has(t) || t === 'Person')) return false;
  const organisation = (o: EntityMention) => o.type === 'Organization' && o !== m;
  const before = mentions.some((o) => organisation(o) && o.end <= m.start && LIST_SEPARATOR.test(ctx.text.slice(o.end, m.start)));
  const after = mentions.some((o) => organisation(o) && o.start >= m.end && LIST_SEPARATOR.test(ctx.text.slice(m.end, o.start)));
  return before && after;
}
