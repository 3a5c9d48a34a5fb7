// Refiner `things-not-bodies`: organisations guessed from capital letters alone (by compromise or
// by a run of capitals) that name a thing rather than a body: a product or feature ("Portion Fix
// Containers", "Plug & Charge"), a connector standard ("USB-C"), a platform or programme named by
// an acronym ("the MEB platform", "the CLPS program"), a public programme ("Medicare"), a kind of
// thing ("the AMAs", "an EP the band plans"), a corporate suffix alone ("INC"), or a show or label
// in quotes ("on “DWTS.”"). The article usually shows what the name is at one of its uses, so a
// sign at one use drops every guessed use of that name in the article, together with the long
// form the article spells out for such an acronym ("Commercial Lunar Payload Services (CLPS)"). A
// sign of a body at any use keeps the name: a company cue ("Chapter & Verse, an agency"), a
// company verb or role noun after it ("X said", "X spokesman") or a role before it ("president of
// X"). Known names and names with a company cue are never touched: their rules are not guesses.
// A guessed body that is a person's name before "administration" or "government" becomes that
// person ("the George W. Bush administration").
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { loadEntityData, type NonBodiesFile } from '../../../resolve/entities/data';
import { abbreviates, isSkippableWord } from '../../../resolve/entities/abbreviations';
import { companyNames, companySigns } from '../company-names';
import { isBodyHead, wordLists } from '../word-lists';
import { isOrdinaryWord } from '../lexicon';
import { lowerCaseWords } from '../context';
import { isGivenName } from '../person-names';

export const thingsNotBodiesRefiner: EntityRefiner = {
  id: 'things-not-bodies',
  refine(mentions, ctx) {
    const guessed = mentions.filter(isGuessedBody);
    if (guessed.length === 0) return mentions;
    const things = new Set(guessed.filter((m) => thingSign(m, ctx)).map((m) => m.text));
    for (const m of guessed) if (things.has(m.text) && bodyCue(m, ctx)) things.delete(m.text);
    // "Commercial Lunar Payload Services (CLPS)": the long form names the same thing.
    for (const m of guessed) {
      const acronym = DEFINED_AFTER.exec(ctx.text.slice(m.end, m.end + 16))?.[1];
      if (acronym && things.has(acronym) && abbreviates(acronym, m.text) && !guessed.some((o) => o.text === m.text && bodyCue(o, ctx))) things.add(m.text);
    }
    return mentions.filter((m) => !(isGuessedBody(m) && things.has(m.text))).map((m) => (isGuessedBody(m) ? asLeader(m, mentions, ctx) : m));
  },
};

/**
 * "the Obama administration", "the Morrison government": a guessed body that is a person's name
 * before a word for the government they lead is that person. The name must be a person's: a known
 * given name first or right before it ("George W. Bush"), or a word of a person found in the
 * article ("Scott Morrison"); "the Argentinian government" and "the Federal government" stay.
 */
function asLeader(m: EntityMention, mentions: EntityMention[], ctx: EntityContext): EntityMention {
  const next = WORDS_AFTER.exec(ctx.text.slice(m.end, m.end + 40))?.[1];
  if (next === undefined || !nonBodies().ledBodies.has(next)) return m;
  const words = m.text.split(/\s+/);
  const last = words[words.length - 1];
  // "George W. Bush administration": the given name may stand before the guessed name.
  const givenBefore = /(\p{Lu}\p{Ll}+)[ \t]+(?:\p{Lu}\.[ \t]+)?$/u.exec(ctx.text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  const person = (words.length >= 2 && isGivenName(words[0])) || (givenBefore !== undefined && isGivenName(givenBefore))
    || mentions.some((o) => o.type === 'Person' && o.text.split(/\s+/).includes(last));
  return person ? { ...m, type: 'Person', rule: `${m.rule.split(':')[0]}:leader-of-government` } : m;
}

/** An organisation or outlet proposed from capital letters alone. */
const GUESSED_BODY = /^(?:compromise|capitalised-sequence):(?:organization|mediaoutlet)$/;
const isGuessedBody = (m: EntityMention) => (m.type === 'Organization' || m.type === 'MediaOutlet') && GUESSED_BODY.test(m.rule);

/** " (CLPS)" right after a long form. */
const DEFINED_AFTER = /^[ \t]*\([ \t]*(\p{Lu}[\p{Lu}\d&-]{1,7})[ \t]*\)/u;
/** "USB-C", "USB-A", "R-W" (of "R-W.Va."): capitals with a one-letter part after a hyphen name a type or a code. */
const CODE_WORD = /^\p{Lu}{2,}-[\p{Lu}\d]$|^\p{Lu}-\p{Lu}{1,2}$/u;
/** An acronym: capitals (two or more), digits, "&" or "-" only. */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\d&-]+$/u;
/** The first word after the name, after a possessive ending if any, and the word after it. */
const WORDS_AFTER = /^(?:['’]s?)?[ \t]+([\p{L}-]+)(?:[ \t]+([\p{L}-]+))?/u;
/** The one or two words before "of [the]" right before a name: "president of", "chief executive of the". */
const WORDS_BEFORE_OF = /(?:^|[^\p{L}-])((?:\p{L}+[ \t]+)?[\p{L}-]+)[ \t]+of[ \t]+(?:the[ \t]+)?$/u;
/** "AMAs", "DVDs": capitals, then a plural "s". */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
/** Two to six capitals: an acronym whose plural is plainly that acronym and "s". */
const SHORT_ACRONYM = /^\p{Lu}{2,6}$/u;
/** The acronym with a plural "s", as a word of its own: "PIs", "IRAs". */
const pluralWritten = (acronym: string, text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${acronym}s(?![\\p{L}\\p{N}])`, 'u').test(text);
/** "a ", "an ", or a quantifier that only counts things ("lots of", "several") as a word of its own. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|A|An|many|several|multiple|few|lots[ \t]+of|plenty[ \t]+of)[ \t]+$/u;
/** " Units (ICUs)": up to two more capitalised words, then a bracketed acronym in the plural. */
const PLURAL_DEFINED_AFTER = /^((?:[ \t]+\p{Lu}[\p{L}-]*){0,2})[ \t]*\([ \t]*(\p{Lu}{2,6})s[ \t]*\)/u;
/** The words (letters, digits, hyphens, slashes) right before a point, at most eight of them. */
const WORDS_BEFORE = /(?:[\p{L}\p{N}/-]+[ \t]+){0,7}[\p{L}\p{N}/-]+[ \t]*$/u;
/** Punctuation, the end, or a function word right after a name: no noun follows it. */
const PHRASE_END_AFTER = /^(?:[ \t]*(?:[^\p{L}\p{N}\s]|$)|[ \t]+(?:the|that|which|who|is|was|and|or)(?![\p{L}]))/u;
const QUOTE_BEFORE = /["“‘][ \t]*$/u;
const QUOTE_AFTER = /^[.,!?]?["”’]/u;

function thingSign(m: EntityMention, ctx: EntityContext): boolean {
  const data = nonBodies();
  if (data.programmeNames.has(m.text)) return true;
  const words = m.text.split(/\s+/);
  if (words.some((w) => CODE_WORD.test(w))) return true;
  // "the AMAs", "DVDs", "URLs": an acronym in the plural names a kind of thing or event, never one body.
  if (PLURAL_ACRONYM.test(m.text)) return true;
  // "the PI on the dig" where the article also says "the two PIs": an acronym the article also
  // writes in the plural is a countable noun (principal investigator), not one body's name.
  if (SHORT_ACRONYM.test(m.text) && pluralWritten(m.text, ctx.text)) return true;
  // "Intensive Care Units (ICUs)": a name the article abbreviates in the plural is a kind of thing;
  // so is a part of it that a rule cut off ("Intensive Care" of "... Units (ICUs)").
  const plural = PLURAL_DEFINED_AFTER.exec(ctx.text.slice(m.end, m.end + 60));
  if (plural && abbreviates(plural[2], m.text + plural[1])) return true;
  // "network-attached storage (NAS)", "Ebola virus disease (EVD)": an acronym the article spells out
  // as a phrase ending in a lower-case noun names a thing, a technique or a condition; so does one
  // it spells out as a product line ("UCS" for "Ultimate Collector Series").
  if (ACRONYM.test(m.text) && (spelledOutInLowerCase(m.text, ctx.text) || spelledOutAsThing(m.text, ctx.text))) return true;
  // "Ross & Co, INC.": a corporate suffix alone is no name.
  if (isCorporateSuffix(m.text)) return true;
  // "an EP the band plans", "a PCI.", "lots of NAS,": an acronym after "a", "an" or a quantifier
  // ("many", "lots of") that ends its phrase is a common noun; a body's acronym after "a" modifies
  // the noun that follows ("an NTSB spokesman").
  if (ACRONYM.test(m.text) && INDEFINITE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 14), m.start)) && PHRASE_END_AFTER.test(ctx.text.slice(m.end, m.end + 8))) return true;
  if (words.length >= 2 && data.thingHeads.has(words[words.length - 1])) return true;
  // "Door & Window", "Plug & Charge": two ordinary words joined by "&" label a product or feature.
  const joined = /^(\S+) & (\S+)$/u.exec(m.text);
  if (joined && ordinary(joined[1], ctx) && ordinary(joined[2], ctx)) return true;
  // "on “DWTS.”", "the “Kiss & Fly” section": a title or label in quotes (some styles quote a
  // newspaper's name, so outlets are left alone).
  if (m.type === 'Organization' && QUOTE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 2), m.start)) && QUOTE_AFTER.test(ctx.text.slice(m.end, m.end + 2))) return true;
  // "the Stadia service", "its Pro subscription": one word (no possessive, no acronym) before a
  // noun for what a firm sells names the product.
  const product = /^[ \t]+(\p{Ll}+)/u.exec(ctx.text.slice(m.end, m.end + 20))?.[1];
  if (words.length === 1 && !ACRONYM.test(m.text) && product !== undefined && data.productNounsAfterName.has(product)) return true;
  const next = WORDS_AFTER.exec(ctx.text.slice(m.end, m.end + 40))?.[1];
  return next !== undefined && data.thingNounsAfterName.has(next) && modifierShape(words, ctx);
}

/**
 * The article defines `acronym` in brackets right after words whose initials spell it and whose
 * last word is in lower case: "matrix-assisted laser desorption/ionization (MALDI)". A body's long
 * form ends in a capitalised word ("European Union (EU)").
 */
function spelledOutInLowerCase(acronym: string, text: string): boolean {
  const bracket = new RegExp(`[ \\t]+\\([ \\t]*${escapeRegExp(acronym)}[ \\t]*\\)`, 'gu');
  for (const found of text.matchAll(bracket)) {
    const at = found.index ?? 0;
    const words = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 120), at))?.[0].trim().split(/[ \t]+/) ?? [];
    if (words.length === 0 || !/^\p{Ll}/u.test(words[words.length - 1])) continue;
    for (let n = 1; n <= words.length; n++) {
      const phrase = words.slice(-n).join(' ').replace(/\//g, ' ');
      if (abbreviates(acronym, phrase)) return true;
    }
  }
  return false;
}

/**
 * The article writes out `acronym` as capitalised words that end in a thing head of
 * non-bodies.json ("the Ultimate Collector Series" for "the UCS sets"): a product line or feature.
 */
function spelledOutAsThing(acronym: string, text: string): boolean {
  for (const head of nonBodies().thingHeads) {
    for (const found of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`, 'gu'))) {
      const at = found.index ?? 0;
      const words = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 100), at))?.[0].trim().split(/[ \t]+/) ?? [];
      for (let n = 1; n <= words.length; n++) {
        const phrase = words.slice(-n);
        // Capitalised words and connectors only; a connector may not open the name ("of Cards").
        if (!/^\p{Lu}/u.test(phrase[0])) {
          if (isSkippableWord(phrase[0])) continue;
          break;
        }
        if (abbreviates(acronym, `${phrase.join(' ')} ${head}`)) return true;
      }
    }
  }
  return false;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name that may stand before a noun as the name of a kind of thing: an acronym ("MEB", "USB-C"),
 * or two or more ordinary words ("Smart TV", "Bike & Style"). A brand or a name with a body's head
 * word before such a noun is its maker or owner ("Toyota cars", "the Liberal Party platform").
 */
function modifierShape(words: string[], ctx: EntityContext): boolean {
  if (words.length === 1) return ACRONYM.test(words[0]);
  // An outlet's head word may name a kind of thing too ("Smart TV"); a body's does not ("Liberal Party").
  const outletHead = (w: string) => wordLists().outletHeads.has(w);
  return words.filter((w) => w !== '&').every((w) => outletHead(w) || (ordinary(w, ctx) && !isBodyHead(w)));
}

/** "Inc", "INC", "Ltd": a corporate suffix of name-cues.json, in any capitalisation. */
function isCorporateSuffix(text: string): boolean {
  const suffixes = wordLists().corporateSuffixes;
  return suffixes.has(text) || suffixes.has(text.charAt(0) + text.slice(1).toLowerCase());
}

/** A word of ordinary English: compromise's lexicon knows it, or the article writes it in lower case. */
function ordinary(word: string, ctx: EntityContext): boolean {
  return isOrdinaryWord(word) || lowerCaseWords(ctx).has(word.toLowerCase());
}

/** A sign at this use that the name is a body: a company cue, a company verb or role noun after it, a role before it. */
function bodyCue(m: EntityMention, ctx: EntityContext): boolean {
  if (companyNames(ctx).has(m.text)) return true;
  if (isRoleOfBefore(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return true;
  const after = WORDS_AFTER.exec(ctx.text.slice(m.end, m.end + 40));
  if (!after) return false;
  const cues = companySigns();
  return cues.verbs.has(after[1]) || cues.roleNouns.has(after[1]) || (cues.adverbs.has(after[1]) && after[2] !== undefined && cues.verbs.has(after[2]));
}

/** The text before a name ends in a role in a body and "of": "president of", "the chief executive of". */
function isRoleOfBefore(before: string): boolean {
  const words = WORDS_BEFORE_OF.exec(before)?.[1].split(/[ \t]+/);
  if (!words) return false;
  const roles = nonBodies().rolesBeforeOf;
  const last = words[words.length - 1];
  return roles.has(words.join(' ').toLowerCase()) || roles.has(last) || roles.has(last.toLowerCase());
}

let nonBodySets: { [K in keyof NonBodiesFile]: Set<string> } | undefined;

function nonBodies() {
  if (!nonBodySets) {
    const file = loadEntityData<NonBodiesFile>('non-bodies.json');
    nonBodySets = {
      programmeNames: new Set(file.programmeNames),
      thingHeads: new Set(file.thingHeads),
      thingNounsAfterName: new Set(file.thingNounsAfterName),
      productNounsAfterName: new Set(file.productNounsAfterName),
      rolesBeforeOf: new Set(file.rolesBeforeOf),
      ledBodies: new Set(file.ledBodies),
    };
  }
  return nonBodySets;
}
