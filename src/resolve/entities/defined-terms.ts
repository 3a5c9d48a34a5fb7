// Acronyms an article defines as terms, not names: "binge eating disorder (BED)", "the anterior
// cingulate cortex (ACC)", "hypersensitivity pneumonitis, or HP", "South Korea's Kospi Index
// (KOSPI)". Writers spell out a technical term once with its acronym and use the acronym alone
// afterwards; the capitals make every later use look like a body's name. This is the counterpart of
// abbreviations.ts, which joins an acronym defined by a capitalised name to that name's entity.
import { ACRONYM, abbreviates, nameDefinitions } from './abbreviations';
import { entriesFor } from './gazetteer';
import { loadEntityData, type StopWordsFile } from './data';
import type { KeyedMention } from './roles';
import { wordLists } from '../../extract/entities/word-lists';

/**
 * "<long form> (ABBR)" and "<long form>, or ABBR": the acronym is group 1 or group 2. A plural long
 * form may define the acronym with a plural "s": "G protein-coupled receptors (GPCRs)".
 */
const DEFINITION = new RegExp(String.raw`[ \t]*\([ \t]*(${ACRONYM})s?[ \t]*\)|,[ \t]+or[ \t]+(${ACRONYM})(?![\p{L}\p{N}&-])`, 'gu');
/** Anything but a word character or a space: the words of a long form run between two of these. */
const NOT_WORD_OR_SPACE = /[^\p{L}\p{N}'’ \t-]/u;
/** Before a word that starts a sentence: nothing, or a sentence's end, a colon or a line break. */
const SENTENCE_START = /(?:^|[.!?:\n])[\s"'“‘(]*$/u;
/** Types an acronym may name when the article spells out that very name ("world health organization (WHO)"). */
const NAME_TYPES = new Set(['Organization', 'MediaOutlet', 'Country']);
/** The longest long form tried, in words. */
const MAX_WORDS = 10;

let tickerHeads: Set<string> | undefined;

function isTickerHead(word: string): boolean {
  tickerHeads ??= new Set(loadEntityData<StopWordsFile>('stop-words.json').tickerHeads.map((w) => w.toLowerCase()));
  return tickerHeads.has(word.toLowerCase());
}

/**
 * The shortest run of words ending the text whose initials spell the acronym, or undefined. The run
 * has at least two words (one word matches too easily: "ACC" = "accord") and starts on a word that
 * gives the acronym's first letter, not on a skipped "of" or "and".
 */
export function longFormBefore(acronym: string, before: string): { start: number; words: string[] } | undefined {
  // The words written right before the definition, with only spaces between them.
  const run = before.split(NOT_WORD_OR_SPACE).pop() ?? '';
  const runStart = before.length - run.length;
  const words = [...run.matchAll(/[^ \t]+/gu)].map((w) => ({ text: w[0], start: runStart + (w.index ?? 0) }));
  if (!/[\p{L}\p{N}]$/u.test(run)) return undefined;
  const first = acronym[0].toLowerCase();
  for (let n = 2; n <= Math.min(words.length, MAX_WORDS); n++) {
    const candidate = words.slice(-n).map((w) => w.text);
    if (candidate[0][0].toLowerCase() !== first || !abbreviates(acronym, candidate.join(' '))) continue;
    return { start: words[words.length - n].start, words: candidate };
  }
  return undefined;
}

/**
 * A long form that is not a name: every word starts in lower case (or is a number), except that the
 * first may be capitalised because it starts the sentence ("Binge eating disorder (BED)").
 */
function isTermWording(words: string[], textBefore: string): boolean {
  const lowerOrNumber = (w: string) => /^[\p{Ll}\p{N}]/u.test(w);
  if (!words.slice(1).every(lowerOrNumber)) return false;
  // A single capital letter is a symbol, not a name's word: "G protein-coupled receptors", "T cell".
  if (lowerOrNumber(words[0]) || /^\p{Lu}$/u.test(words[0])) return true;
  return /^\p{Lu}[\p{Ll}'’-]*$/u.test(words[0]) && SENTENCE_START.test(textBefore);
}

/**
 * A capitalised long form ending in a word for a law or agreement names that document, not a body:
 * "Ballot Interference Prevention Act (BIPA)", "North American Free Trade Agreement (NAFTA)".
 */
function namesDocument(words: string[]): boolean {
  return wordLists().documentHeads.has(words[words.length - 1]);
}

/** The gazetteer knows the acronym as a body or country of exactly this name. */
function namesKnownEntity(acronym: string, words: string[]): boolean {
  const longForm = words.join(' ').toLowerCase();
  return entriesFor(acronym).some((e) => NAME_TYPES.has(e.type) && e.canonical.toLowerCase().replace(/^the\s+/, '') === longForm);
}

/**
 * The acronyms the text defines as terms or tickers. An acronym the article also defines by a
 * capitalised name (see abbreviations.ts) stays that name's.
 */
export function definedTerms(
  text: string,
  keyed: KeyedMention[],
  named: Map<string, KeyedMention> = nameDefinitions(text, keyed),
): Set<string> {
  const terms = new Set<string>();
  for (const found of text.matchAll(DEFINITION)) {
    const acronym = found[1] ?? found[2];
    if (named.has(acronym) || terms.has(acronym)) continue;
    const before = text.slice(Math.max(0, (found.index ?? 0) - 200), found.index ?? 0);
    // A ticker: "Hang Seng Index (HSI)", "Ascom registered shares (ASCN)". A ticker the gazetteer
    // knows names the company too ("Ford shares (F)"), so that one is left alone.
    const lastWord = /[\p{L}\p{N}]+$/u.exec(before)?.[0];
    if (found[1] && lastWord && isTickerHead(lastWord) && !entriesFor(acronym).some((e) => NAME_TYPES.has(e.type))) {
      terms.add(acronym);
      continue;
    }
    const longForm = longFormBefore(acronym, before);
    if (!longForm) continue;
    if (!isTermWording(longForm.words, before.slice(0, longForm.start)) && !namesDocument(longForm.words)) continue;
    if (namesKnownEntity(acronym, longForm.words)) continue;
    terms.add(acronym);
  }
  return terms;
}

/** The article's mentions without any mention of an acronym it defines as a term ("ACC", "the ACC"). */
export function withoutDefinedTerms(
  text: string,
  keyed: KeyedMention[],
  named: Map<string, KeyedMention> = nameDefinitions(text, keyed),
): KeyedMention[] {
  const terms = definedTerms(text, keyed, named);
  if (terms.size === 0) return keyed;
  return keyed.filter((k) => !terms.has(k.text.trim().replace(/^the\s+/i, '')));
}
