// In-article coreference for people:
//  - a one-word name ("Grushko added", "Macron's") joins the one person whose surname (or, failing
//    that, given name) it is; two candidates means ambiguous, and it joins no one. The surname of
//    a name written family name first is its first word ("Park" of "Park Joo-Ho"); the first of
//    two family names ("Rosselló" of "Ricardo Rosselló Nevares") joins when a rule found it alone;
//  - a surname no rule proposed is a mention wherever it stands alone, and a full name no rule
//    proposed ("((Dorsa Derakhshani))") is one too; inside other names and photo credits it is not;
//  - a title-only description ("Britain's prime minister", "the French president") joins the one
//    person holding that title (for that country or organisation) in the article.
import type { Role, Span } from '../../types';
import { tokenize } from '../../extract/entities/tokens';
import { titleAt, titleEndingAt } from '../../extract/entities/titles';
import { isStopWord, wordLists } from '../../extract/entities/word-lists';
import { isOrdinaryWord } from '../../extract/entities/lexicon';
import { isEastAsianFamilyName } from '../../extract/entities/person-names';
import { ownerEndingAt, type KeyedMention } from './roles';
import { loadEntityData, type NicknamesFile } from './data';

export interface PersonName {
  key: string;
  name: string;
  /** Full-name mentions in the article: how central the person is to it. */
  count: number;
}

const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
}

// A given name written the East Asian way, after the family name: "Joo-Ho", "Lung-bin".
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}*$/u;

/**
 * The word a person is called by alone: the last one ("Grushko"), or the first where the family
 * name is written first ("Park" of "Park Joo-Ho", "Hau" of "Hau Lung-bin").
 */
export function surnameOf(name: string): string {
  const words = nameWords(name);
  if (words.length === 2 && isEastAsianFamilyName(words[0]) && HYPHENATED_GIVEN_NAME.test(words[1])) return words[0];
  return words[words.length - 1];
}

/** The word a person's name starts with when it is not the surname: "Alexander", "Joo-Ho". */
function givenOf(name: string): string {
  const words = nameWords(name);
  return surnameOf(name) === words[0] ? words[words.length - 1] : words[0];
}

let fullGivenNames: Map<string, Set<string>> | undefined;

/** "Pat" -> {Patrick, Patricia}: the full given names a short form stands for (person-names.json nicknames). */
function fullNamesOf(short: string): Set<string> | undefined {
  fullGivenNames ??= new Map(Object.entries(loadEntityData<NicknamesFile>('person-names.json').nicknames).map(([k, v]) => [k, new Set(v)]));
  return fullGivenNames.get(short);
}

/** A given name the data knows as a short form of another ("Pat", "Bill"). */
function isShortGivenName(word: string): boolean {
  return fullNamesOf(word) !== undefined;
}

/** "Patrick" and "Pat", "William" and "Bill": the same given name, or a short form of it. */
function sameGivenName(a: string, b: string): boolean {
  return a === b || Boolean(fullNamesOf(a)?.has(b) || fullNamesOf(b)?.has(a));
}

const isInitial = (word: string) => /^\p{Lu}\.?$/u.test(word);

/** "W." and "Wayne", or two equal middle names: written parts of one middle name. */
function sameMiddleName(a: string, b: string): boolean {
  if (a === b) return true;
  const bare = (w: string) => w.replace(/\.$/, '');
  return (isInitial(a) || isInitial(b)) && bare(a)[0] === bare(b)[0];
}

/**
 * "Patrick Carlineo Jr", "Pat Carlineo" and "Patrick W. Carlineo" may name one person: the same
 * surname, the same given name or a short form of it ("Pat", "Bill"), middle names that agree
 * where both write one (an initial agrees with a name it starts), and no two different
 * generational suffixes (a "Jr" and a "Sr" are father and son).
 */
export function nameVariantsAgree(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length < 2 || wb.length < 2 || surnameOf(a) !== surnameOf(b)) return false;
  if (!sameGivenName(givenOf(a), givenOf(b))) return false;
  const suffixA = a.split(/\s+/).find((w) => NAME_SUFFIX.test(w))?.replace(/\.$/, '');
  const suffixB = b.split(/\s+/).find((w) => NAME_SUFFIX.test(w))?.replace(/\.$/, '');
  if (suffixA && suffixB && suffixA !== suffixB) return false;
  // Written family name first, the words are the family and the given name only.
  if (surnameOf(a) === wa[0] || surnameOf(b) === wb[0]) return surnameOf(a) === wa[0] && surnameOf(b) === wb[0];
  const middleA = wa.slice(1, -1);
  const middleB = wb.slice(1, -1);
  return middleA.length === 0 || middleB.length === 0
    || (middleA.length === middleB.length && middleA.every((w, n) => sameMiddleName(w, middleB[n])));
}

/**
 * Which of several variants of one person's name is the canonical one, lowest first: the full
 * given name before a short form ("Patrick" before "Pat"), then the fewest words ("Robert Mugabe"
 * before "Robert Gabriel Mugabe"): the form other articles most often write, so that the person
 * gets the same key across articles, whichever variant comes first in this one.
 */
export function variantRank(name: string): number {
  return (isShortGivenName(givenOf(name)) ? 100 : 0) + name.split(/\s+/).length;
}

/**
 * The one person a shared surname refers to: the article's central person when named in full at
 * least twice and at least twice as often as every other holder of the surname; else nobody.
 */
export function dominantPerson(candidates: PersonName[]): PersonName | undefined {
  const sorted = [...candidates].sort((a, b) => b.count - a.count);
  const [first, second] = sorted;
  return first && first.count >= 2 && (!second || first.count >= 2 * second.count) ? first : undefined;
}

/**
 * The one person a single word refers to (surname first, then given name), or undefined.
 * `after` is the text right after the word: a given name followed there by another capitalised
 * word than the person's surname ("Madelyn Rosario 1 assist. [Jordan] Spira and Megan Cook" beside
 * Jordan Munoz) is the cut-off name of someone else, and joins no one by its given name. A
 * misspelt surname ("Borna Deraskhsani" beside Borna Derakhshani) still joins.
 */
export function personForWord(word: string, people: PersonName[], after = ''): PersonName | undefined {
  const multi = people.filter((p) => nameWords(p.name).length > 1);
  const bySurname = multi.filter((p) => surnameOf(p.name) === word);
  if (bySurname.length === 1) return bySurname[0];
  if (bySurname.length > 1) return dominantPerson(bySurname);
  const byGiven = multi.filter((p) => givenOf(p.name) === word);
  if (byGiven.length !== 1) return undefined;
  const next = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
  if (next !== undefined && !isStopWord(next) && !nameWords(byGiven[0].name).slice(1).some((w) => sameSpelling(w, next))) return undefined;
  return byGiven[0];
}

/**
 * "Rosselló" of "Ricardo Rosselló Nevares": a Spanish or Portuguese name carries two family names,
 * and the first is the one written alone. The one person whose three-word name (no initial, no
 * particle, no suffix) has `word` as its middle word, or undefined. Callers test only a word that a
 * rule already found standing alone as a person ("Rosselló said"): an English middle name
 * ("Horton" of "John Horton Conway") is rarely written so.
 */
export function personForFirstSurname(word: string, people: PersonName[]): PersonName | undefined {
  const owners = people.filter((p) => {
    const words = p.name.split(/\s+/);
    return words.length === 3 && words[1] === word && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w));
  });
  return owners.length === 1 ? owners[0] : undefined;
}

/** The same word, or a misspelling of it that keeps its first three letters ("Derakhshani", "Deraskhsani"). */
function sameSpelling(a: string, b: string): boolean {
  return a === b || (a.length > 3 && b.length > 3 && a.slice(0, 3) === b.slice(0, 3));
}

/**
 * Surname-only mentions that no rule proposed: every capitalised occurrence of a known surname, of
 * a person named in full or of one the article only calls by a title and surname (`titled`:
 * "President Trump ... Trump's supporters").
 */
export function surnameMentions(text: string, people: PersonName[], taken: Span[], titled: PersonName[] = []): KeyedMention[] {
  const surnames = new Map<string, PersonName[]>();
  for (const p of [...people, ...titled]) {
    if (nameWords(p.name).length < 2 && !titled.includes(p)) continue;
    const last = surnameOf(p.name);
    surnames.set(last, [...(surnames.get(last) ?? []), p]);
  }
  if (surnames.size === 0) return [];
  const out: KeyedMention[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const owners = surnames.get(t.text);
    const owner = owners && (owners.length === 1 ? owners[0] : dominantPerson(owners));
    if (!owner) continue;
    if (taken.some((s) => s.start < t.end && t.start < s.end)) continue;
    // "Grushko Izvestia": a surname run into another capitalised word is not a clean mention.
    const next = tokens[i + 1];
    if (next && next.capitalised && /^[ \t]+$/.test(text.slice(t.end, next.start)) && !t.possessive) continue;
    // After another capitalised word it is the person's full name that no rule proposed (an
    // interview label "Dorsa Derakhshani:"), the surname after a title ("Professor Burrows") or
    // after a possessive ("Russia's Putin"); otherwise part of some other name ("Rocky Linux").
    // An ordinary word ("The Trump campaign", "Former Trump adviser"), an acronym ("MSNBC
    // Cummings") or a particle ("De Blasio") before it changes nothing.
    const prev = tokens[i - 1];
    if (prev && prev.capitalised && !prev.possessive && /^[ \t]+$/.test(text.slice(prev.end, t.start)) && !titleEndingAt(text, t.start)) {
      const full = { start: prev.start, end: t.end };
      if (nameWords(owner.name)[0] === prev.text && surnameOf(owner.name) === nameWords(owner.name).at(-1)) {
        // The given name may be a mention of its own already ("Rich"): then the surname joins alone.
        if (!taken.some((s) => s.start < full.end && full.start < s.end)) {
          out.push({ ...full, text: text.slice(full.start, full.end), key: owner.key, type: 'Person' });
          continue;
        }
      } else if (!isStopWord(prev.text) && !prev.allCaps && !isOrdinaryWord(prev.text) && !wordLists().personParticles.has(prev.text.toLowerCase())) {
        continue;
      }
    }
    out.push({ start: t.start, end: t.end, text: t.text, key: owner.key, type: 'Person' });
  }
  return out;
}

/**
 * Title-only descriptions of people who hold that title in this article:
 * "Britain's prime minister" -> Keir Starmer when he is the article's one Prime Minister of the UK.
 */
export function descriptionMentions(
  text: string,
  roles: Role[],
  holders: KeyedMention[],
  taken: Span[],
): KeyedMention[] {
  if (roles.length === 0) return [];
  const out: KeyedMention[] = [];
  let lastTitleEnd = -1;
  for (const t of tokenize(text)) {
    if (t.start < lastTitleEnd) continue;
    const title = titleAt(text, t.start);
    if (!title) continue;
    lastTitleEnd = title.end;
    if (title.honorific || title.past) continue;
    // Followed by a name: that is a titled name, already handled.
    const after = text.slice(title.end, title.end + 3);
    if (/^\s+\p{Lu}/u.test(after) && !/^\s+(?:of|and)\b/.test(text.slice(title.end, title.end + 6))) continue;
    if (/^\s+of\b/i.test(text.slice(title.end, title.end + 5))) continue;
    const owner = ownerEndingAt(text, title.start, holders);
    const start = owner?.start ?? title.start;
    // Without a holder, only "the President" (definite, capitalised or not) is specific enough.
    // The article itself stays outside the mention, as with names.
    if (!owner && !/(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
    const span = { start, end: title.end };
    if (taken.some((s) => s.start < span.end && span.start < s.end && !(s.start >= span.start && s.end <= span.end))) continue;
    const wanted = title.canonical.toLowerCase();
    const candidates = new Set(
      roles.filter((r) => r.title.toLowerCase() === wanted && (!owner || r.of === owner.key)).map((r) => r.person),
    );
    if (candidates.size !== 1) continue;
    out.push({ ...span, text: text.slice(span.start, span.end), key: [...candidates][0], type: 'Person' });
  }
  return out;
}

/** "Andy Warhol Foundation" also mentions Andy Warhol: full names of the article's people inside other names. */
export function namesInsideNames(mentions: KeyedMention[], people: PersonName[]): KeyedMention[] {
  const out: KeyedMention[] = [];
  const full = people.filter((p) => nameWords(p.name).length > 1);
  for (const m of mentions) {
    if (m.type === 'Person') continue;
    for (const p of full) {
      const at = m.text.indexOf(p.name);
      if (at < 0) continue;
      const before = m.text[at - 1];
      const after = m.text[at + p.name.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      out.push({ start: m.start + at, end: m.start + at + p.name.length, text: p.name, key: p.key, type: 'Person' });
    }
  }
  return out;
}
