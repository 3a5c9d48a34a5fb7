// Refiner `surnames`: the surname that completes a one-word person guess. compromise often tags
// only the first word of a name as a person: "Taylor" of "Taylor Swift" ("swift" is an adjective
// to it), "Novak" of "Novak Djokovic" (a word it does not know). A given-name list does not settle
// it (compromise tags "Taylor" and "Reilly" as names of any kind, "Novak" as a surname); the
// article does:
//  - the next word is no English word (a name is fine) and the guess a known given name; or the
//    next word is never written in lower case in the article ("Djokovic", "Schwartzman", "Bowen");
//    a place's name ("Virginia", "Jordan") needs the next point;
//  - the next word, ordinary or not, is shown to be a surname: the two words recur together, the
//    word stands alone elsewhere ("Swift said"), or a possessive, a speech verb or an aside follows
//    it ("Taylor Swift's", "Weeks said", "Baker, 72,").
// Never when the guessed word is the surname of a person named in full elsewhere ("Andy Warhol ...
// Warhol Polaroid exhibits": there it is a modifier). A middle initial may sit between them
// ("Elizabeth A. Burton"). The name must end its run of
// capitalised words, and the next word must be no head, title, event, calendar or known name.
// Runs before sentence-start, which drops one-word guesses at the start of a sentence ("Taylor
// Swift's first six albums" is a name, "Taylor" alone might not be).
// The same evidence finds a relative or a name variant that no rule proposed, for refiner
// person-neighbours: "Ginger Baker" where the article names "Peter Edward Baker"
// (givenNamesBeforeSurnames).
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { overlaps } from '../rule';
import type { Token } from '../tokens';
import { headWords, isNameHead, isStopWord, wordLists } from '../word-lists';
import { titleAt } from '../titles';
import { cityFor, entriesFor } from '../../../resolve/entities/gazetteer';
import { GIVEN_NAME_TAGS, isOrdinaryWord, lexiconTags } from '../lexicon';
import { lowerCaseWords } from '../context';
import { isGivenName } from '../person-names';

const spaces = (ctx: EntityContext, from: number, to: number) => /^[ \t]+$/.test(ctx.text.slice(from, to));

// A given name written the East Asian way, or a hyphenated Western one: "Sui-Lee", "Jean-Paul".
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}*$/u;

export const surnamesRefiner: EntityRefiner = {
  id: 'surnames',
  refine(mentions, ctx) {
    const { tokens, text } = ctx;
    return mentions.map((m) => {
      if (m.type !== 'Person' || /\s/.test(m.text)) return m;
      const at = tokens.findIndex((t) => t.end === m.end);
      const surname = at < 0 ? undefined : surnameAfter(ctx, at);
      if (surname === undefined) return m;
      // "Sui-Lee Wee": a guess cut from a hyphenated given name takes all of it.
      const start = HYPHENATED_GIVEN_NAME.test(tokens[at].text) ? tokens[at].start : m.start;
      return { ...m, start, end: tokens[surname].end, text: text.slice(start, tokens[surname].end), rule: `${m.rule}+surnames:surname` };
    });
  },
};

/**
 * The index of the last token of the surname that completes the one-word name at token `at`, or
 * undefined when the words after it are no part of the name.
 */
function surnameAfter(ctx: EntityContext, at: number): number | undefined {
  const { tokens } = ctx;
  const given = tokens[at];
  let surname = at + 1;
  if (!given || given.possessive || !joined(ctx, at, surname)) return undefined;
  // "Elizabeth A. Burton": a middle initial, then the surname.
  if (/^\p{Lu}\.$/u.test(tokens[surname].text) && joined(ctx, surname, surname + 1)) surname++;
  const word = tokens[surname];
  if (!surnameShaped(ctx, word)) return undefined;
  // The name ends its run: "Eve Door & Window", "Davis Cup Finals", "Advisory Number 5" go on.
  const after = tokens[surname + 1];
  if (after && !word.possessive && /^[ \t]*(?:&[ \t]*)?$/.test(ctx.text.slice(word.end, after.start))
    && (after.capitalised || /^\d/.test(after.text))) return undefined;
  // A known given name before a name word ("Timothy Bowen"); or an unknown pair. A place's name
  // ("Virginia Giuffre", "Austin Peay") needs the article's evidence below.
  // A surname of someone else in the article is a modifier here ("Andy Warhol ... Warhol Polaroid
  // exhibits").
  if (surnameElsewhere(ctx, at)) return undefined;
  const place = entriesFor(given.text).length > 0 || cityFor(given.text) !== undefined;
  // The plural of an ordinary word ("Lewis Leathers", a brand) needs the evidence too.
  if (!place && !isOrdinaryWord(word.text) && !isPluralOfWord(word.text) && (isGivenName(given.text) || !lowerCaseWords(ctx).has(word.text.toLowerCase()))) return surname;
  return surnameShownInArticle(ctx, at, surname) ? surname : undefined;
}

/** "Giants", "Saints", "Leathers": the plural of an ordinary word (a team's or a thing's name), no surname by itself. */
export function isPluralOfWord(word: string): boolean {
  const stems = [word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')].filter((w) => w !== word);
  return /s$/.test(word) && stems.some((w) => isOrdinaryWord(w));
}

/** Tokens `a` and `b` both exist and only spaces stand between them. */
function joined(ctx: EntityContext, a: number, b: number): boolean {
  const x = ctx.tokens[a];
  const y = ctx.tokens[b];
  return x !== undefined && y !== undefined && spaces(ctx, x.end, y.start);
}

/**
 * A capitalised word that may end a person's name: not shouted, no digit or lower-case hyphen part
 * ("Trump-backed"), no stop word, head word of a body, place, event, firm or law, no title and no
 * name the gazetteer knows.
 */
function surnameShaped(ctx: EntityContext, t: Token): boolean {
  if (!t.capitalised || t.allCaps || t.text.length < 2 || /\d|-\p{Ll}/u.test(t.text)) return false;
  if (isStopWord(t.text) || isNameHead(t.text) || entriesFor(t.text).length > 0) return false;
  const heads = headWords();
  const lists = wordLists();
  if (heads.bodyHeads.has(t.text) || heads.facilityHeads.has(t.text) || heads.eventHeads.has(t.text) || heads.companyNameEnds.has(t.text)) return false;
  if (lists.documentHeads.has(t.text) || lists.corporateSuffixes.has(t.text) || lists.languages.has(t.text) || lists.personDescriptors.has(t.text)) return false;
  return titleAt(ctx.text, t.start) === undefined;
}

/**
 * The word at `at` ends a longer name elsewhere in the article ("Andy Warhol ... Warhol
 * Polaroids"): there it is a surname, and before another word a modifier. Inside a name it does
 * not count ("I'm Rich Bowen", "Thomas Rivera Schatz").
 */
function surnameElsewhere(ctx: EntityContext, at: number): boolean {
  const { tokens } = ctx;
  const word = tokens[at].text;
  const endsName = (k: number) => tokens[k].possessive || !(tokens[k + 1]?.capitalised && joined(ctx, k, k + 1));
  return tokens.some((t, k) => k !== at && t.text === word && k > 0 && tokens[k - 1].capitalised && !tokens[k - 1].possessive
    && joined(ctx, k - 1, k) && !ctx.sentenceStartTokens.has(k - 1) && !isStopWord(tokens[k - 1].text) && titleAt(ctx.text, tokens[k - 1].start) === undefined
    && endsName(k));
}

/**
 * The article shows the word at `surname` (after the given name at `at`) to be a surname: the two
 * recur together, or the surname is followed by a possessive, a speech verb or an aside, or stands
 * alone elsewhere.
 */
function surnameShownInArticle(ctx: EntityContext, at: number, surname: number): boolean {
  const { tokens } = ctx;
  const word = tokens[surname];
  if (word.possessive) return true;
  const given = tokens[at].text;
  if (tokens.some((t, k) => k !== at && t.text === given && tokens[k + surname - at]?.text === word.text && joined(ctx, k, k + 1))) return true;
  return surnameEvidence(ctx, surname);
}

/**
 * The article shows the word at `at` (after a given name) to be a surname: compromise knows it as
 * one, a speech verb or an aside follows it ("Katz said", "Pugh, who"), or it stands alone
 * elsewhere ("Giuffre said"), not inside another capitalised run nor after a determiner ("the
 * Roosters won" names a team).
 */
export function surnameEvidence(ctx: EntityContext, at: number): boolean {
  const { tokens, text } = ctx;
  const word = tokens[at];
  if (lexiconTags(word.text).includes('LastName')) return true;
  const next = tokens[at + 1];
  if (next && !word.possessive && spaces(ctx, word.end, next.start) && wordLists().speechVerbs.has(next.text.toLowerCase())) return true;
  if (/^,[ \t]+(?:who|whose|aged|\d{1,3}[,)])/u.test(text.slice(word.end, word.end + 12))) return true;
  const determiner = (k: number) => k >= 0 && wordLists().determiners.has(tokens[k].text.toLowerCase());
  return tokens.some((t, k) => k !== at && t.text === word.text && !determiner(k - 1) && !joinedCapital(ctx, k - 1, k)
    && !(!t.possessive && joinedCapital(ctx, k, k + 1)));
}

/** Tokens `a` and `b` are adjacent words of one capitalised run (the first not a sentence opener). */
function joinedCapital(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const x = tokens[a];
  const y = tokens[b];
  if (!x || !y || !x.capitalised || !y.capitalised || !spaces(ctx, x.end, y.start)) return false;
  return !(ctx.sentenceStartTokens.has(a) && isStopWord(x.text));
}

/**
 * "his daughter Nettie Baker", "drummer Ginger Baker": the surname of a person the article names
 * in full, with a capitalised word right before it that no mention covers, is another person's
 * full name (or another form of the same one). The word must be no title, head, particle, stop
 * word, known name or word the article writes in lower case, and a given name of the lexicon
 * unless the pair recurs; the two must make a run of their own; at a sentence start the word must
 * be no English word ("But Vaughan", "Make Trump").
 */
export function givenNamesBeforeSurnames(mentions: EntityMention[], ctx: EntityContext): EntityMention[] {
  const { tokens, text } = ctx;
  const surnames = new Set(mentions.filter((m) => m.type === 'Person' && /\s/.test(m.text)).map((m) => m.text.split(/\s+/).at(-1) as string));
  if (surnames.size === 0) return [];
  const out: EntityMention[] = [];
  const lower = lowerCaseWords(ctx);
  for (let k = 1; k < tokens.length; k++) {
    const surname = tokens[k];
    const given = tokens[k - 1];
    if (!surnames.has(surname.text) || !joined(ctx, k - 1, k) || given.possessive || !surnameShaped(ctx, given) || !surnameShaped(ctx, surname)) continue;
    if (lower.has(given.text.toLowerCase()) || lower.has(surname.text.toLowerCase()) || lexiconTags(given.text).includes('Honorific')) continue;
    // "De Zoysa", "van Gogh": a particle is part of the surname, not a given name.
    if (wordLists().personParticles.has(given.text.toLowerCase())) continue;
    if (ctx.sentenceStartTokens.has(k - 1) && isOrdinaryWord(given.text)) continue;
    // A run of its own: "Palm Bay Magnet", "Hardeep Singh Puri Foundation" are other names.
    const before = tokens[k - 2];
    if (before && before.capitalised && !before.possessive && joined(ctx, k - 2, k - 1)) continue;
    const after = tokens[k + 1];
    if (after && !surname.possessive && joined(ctx, k, k + 1) && (after.capitalised || /^\d/.test(after.text))) continue;
    const span = { start: given.start, end: surname.end };
    if (mentions.some((m) => overlaps(m, span)) || ctx.excluded.some((x) => overlaps(x, span))) continue;
    // A word no lexicon knows as a given name ("Ginger", not "Cde" for comrade) counts when the
    // pair recurs; a full name already found elsewhere is left to the resolver's surname mentions.
    const pair = text.slice(span.start, span.end);
    if (mentions.some((m) => m.type === 'Person' && m.text === pair)) continue;
    if (!isGivenName(given.text) && !lexiconTags(given.text).some((t) => GIVEN_NAME_TAGS.has(t) || t === 'Person') && countOf(text, pair) < 2) continue;
    out.push({ ...span, text: text.slice(span.start, span.end), type: 'Person', rule: 'person-neighbours:given-before-surname' });
  }
  return out;
}

/** How often `phrase` occurs in `text` as whole words. */
function countOf(text: string, phrase: string): number {
  let n = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + phrase.length))) n++;
  }
  return n;
}
