// Names an article itself marks as companies or other bodies: written right after a noun such as
// "company" or "airline" ("US-based software company Red Hat"), right before a corporate suffix
// ("Acme Widgets Inc.") or described by such a noun ("Blue Origin, the space company"). A one-word
// name in CamelCase ("WeWork", "UpGuard") needs less: products are written so too ("AirPods"), but
// they do not decline to comment, employ people or have a CEO, so any sign of a company (see
// companySigns in name-cues.json) makes it one. Such a name names that body wherever the article
// repeats it, so a speech verb beside it ("Red Hat said") does not make it a person.
import type { EntityContext } from './rule';
import type { Token } from './tokens';
import { onlySpaceBetween } from './tokens';
import { isNameHead, isStopWord, wordLists } from './word-lists';
import { isGivenName } from './person-names';
import { titleAt } from './titles';
import { loadEntityData, type NameCuesFile } from '../../resolve/entities/data';
import { entriesFor } from '../../resolve/entities/gazetteer';
import { isOrdinaryWord } from './lexicon';

const MAX_WORDS = 4;

const cache = new WeakMap<EntityContext, Set<string>>();

/** The company-like names of the article (exact surface text), computed once per article. */
export function companyNames(ctx: EntityContext): Set<string> {
  let names = cache.get(ctx);
  if (!names) {
    names = findCompanyNames(ctx);
    cache.set(ctx, names);
  }
  return names;
}

function findCompanyNames(ctx: EntityContext): Set<string> {
  const { tokens, text } = ctx;
  const lists = wordLists();
  const names = new Set<string>();
  const joined = (ws: Token[]) => (ws.length === 0 ? '' : text.slice(ws[0].start, ws[ws.length - 1].end));
  for (let i = 0; i < tokens.length; i++) {
    if (lists.companyNouns.has(tokens[i].text)) {
      const words: Token[] = [];
      for (let k = i + 1; k < tokens.length && words.length < MAX_WORDS; k++) {
        // "the newspaper Star of Mysore": "of" joins two capitalised parts of the name.
        const joinsName = words.length > 0 && tokens[k].text === 'of' && tokens[k + 1] !== undefined && nameWord(tokens[k + 1], true);
        if ((!nameWord(tokens[k], words.length > 0) && !joinsName) || !onlySpaceBetween(text, tokens[k - 1].end, tokens[k].start)) break;
        words.push(tokens[k]);
        if (tokens[k].possessive) break;
      }
      if (words.length > 0 && words[words.length - 1].text === 'of') words.pop();
      // "the company chairman John Smith" is caught by the lower-case word; "company President
      // John Smith" and "firm Anna Berg" (a given name first) are people, not the body.
      if (words.length > 0 && !isGivenName(words[0].text) && titleAt(text, words[0].start) === undefined) names.add(joined(words));
    }
    if (lists.corporateSuffixes.has(tokens[i].text) && tokens[i].capitalised) {
      const words: Token[] = [];
      for (let k = i - 1; k >= 0 && words.length < MAX_WORDS; k--) {
        // "Acme Widgets Inc.", "Acme Widgets, Inc.": a comma may stand before the suffix.
        const gap = text.slice(tokens[k].end, words.length === 0 ? tokens[i].start : words[0].start);
        if (!nameWord(tokens[k]) || tokens[k].possessive || !/^,?[ \t]+$/.test(gap) || (words.length > 0 && gap.includes(','))) break;
        words.unshift(tokens[k]);
      }
      if (words.length > 0) names.add(joined(words));
    }
    const described = describedName(ctx, i);
    if (described) names.add(described);
    if (isCamelCase(tokens[i].text) && !inLongerName(ctx, i, i, true) && hasCompanySign(ctx, i) && entriesFor(tokens[i].text).length === 0) names.add(tokens[i].text);
  }
  return names;
}

/**
 * The name ending at token `i` when a company noun phrase in apposition describes it ("Blue Origin,
 * the space company that...", "UpGuard, a cybersecurity firm"), if any.
 * Walks back over up to MAX_WORDS name words; not a person's name (a given name or a title first)
 * nor a known country or place.
 */
function describedName(ctx: EntityContext, i: number): string | undefined {
  const { tokens, text } = ctx;
  const t = tokens[i];
  // "Acme Widgets Inc., a maker of...": the name before the suffix is found already.
  if (!nameWord(t) || t.possessive || wordLists().corporateSuffixes.has(t.text)) return undefined;
  let first = i;
  while (first > i - MAX_WORDS + 1 && first > 0 && nameWord(tokens[first - 1], true) && !tokens[first - 1].possessive && onlySpaceBetween(text, tokens[first - 1].end, tokens[first].start)) first--;
  if (first < i && !nameWord(tokens[first])) first++;
  // "Cinema for Peace Foundation, a non-profit": the name starts further back than can be read.
  // ("Chris Fallows of Apex Shark Expeditions, a company" starts after "of", "Department of" does not.)
  const before = tokens[first - 1];
  const joinedBefore = before !== undefined && onlySpaceBetween(text, before.end, tokens[first].start);
  if (joinedBefore && before.capitalised && !ctx.sentenceStartTokens.has(first - 1)) return undefined;
  if (joinedBefore && wordLists().nameConnectors.has(before.text) && (before.text !== 'of' || isNameHead(tokens[first - 2]?.text ?? ''))) return undefined;
  if (!describedAfter(ctx, i, wordLists().companyNouns)) return undefined;
  if (isGivenName(tokens[first].text) || titleAt(text, tokens[first].start) !== undefined) return undefined;
  const name = text.slice(tokens[first].start, t.end);
  return entriesFor(name).length === 0 ? name : undefined;
}

/**
 * Token `i` is followed by ", a/an/the/its <up to three modifiers> <noun>" (or a dash or bracket
 * instead of the comma) with the noun one of `nouns`, ending its phrase: punctuation or a
 * lower-case function word after it ("a startup that..."), not another noun ("a company spokesman").
 */
function describedAfter(ctx: EntityContext, i: number, nouns: Set<string>): boolean {
  const { tokens, text } = ctx;
  const det = tokens[i + 1];
  if (!det || !/^[ \t]*(?:,|—|–|\(|--)[ \t]*$/.test(text.slice(tokens[i].end, det.start)) || !DESCRIPTION_STARTS.has(det.text)) return false;
  for (let k = i + 2; k <= i + 5 && tokens[k]; k++) {
    const w = tokens[k];
    if (!onlySpaceBetween(text, tokens[k - 1].end, w.start) || (w.capitalised && k > i + 2)) return false;
    if (nouns.has(w.text)) {
      const after = tokens[k + 1];
      return !after || !onlySpaceBetween(text, w.end, after.start) || isStopWord(after.text) || PHRASE_ENDS.has(after.text);
    }
    if (!/^[\p{Ll}\d][\p{L}\d-]*$/u.test(w.text) && !(k === i + 2 && w.capitalised)) return false;
  }
  return false;
}

const DESCRIPTION_STARTS = new Set(['a', 'an', 'the', 'its', 'A', 'An', 'The']);
const PHRASE_ENDS = new Set(['that', 'which', 'based', 'founded', 'headquartered', 'owned', 'known', 'in', 'of', 'with', 'from', 'and', 'for', 'whose']);

/** "WeWork", "UpGuard", "SpaceX": a capital inside a word, not after a surname prefix ("McKinley", "DeSantis"). */
export function isCamelCase(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\p{Lu}[\p{L}\p{N}]*$/u.exec(word);
  return m !== null && !companySigns().surnamePrefixes.has(m[1]);
}

/**
 * Tokens `i` to `last` are part of a longer name here: a capitalised name word is joined right
 * before them ("Harriet McDougal"; not an ordinary word capitalised to start the sentence, as in
 * "Ousted WeWork CEO"), or a body's head word right after them ("GateHouse Media"). With `strict`,
 * any capitalised name word after them counts ("MacBook Pro"); without, a product after a company
 * ("Dräger Infinity monitors") leaves the company's name whole.
 */
export function inLongerName(ctx: EntityContext, i: number, last = i, strict = false): boolean {
  const { tokens, text } = ctx;
  const prev = tokens[i - 1];
  const sentenceWord = (k: number) => ctx.sentenceStartTokens.has(k) && isOrdinaryWord(tokens[k].text);
  // ("Sacramento-based" ends in a lower-case word: it describes the name, it is no part of it.)
  const nameBefore = prev && !prev.possessive && prev.capitalised && !prev.allCaps && !isStopWord(prev.text) && !/-\p{Ll}+$/u.test(prev.text);
  if (nameBefore && onlySpaceBetween(text, prev.end, tokens[i].start) && !sentenceWord(i - 1)) return true;
  const next = tokens[last + 1];
  if (!next || tokens[last].possessive || !next.capitalised || next.allCaps || !onlySpaceBetween(text, tokens[last].end, next.start)) return false;
  return isNameHead(next.text) || companyNameWords().has(next.text) || (strict && !isStopWord(next.text));
}

/** Token `i` (a CamelCase word) is treated as a company: see companySigns in name-cues.json. */
function hasCompanySign(ctx: EntityContext, i: number): boolean {
  const { tokens, text } = ctx;
  const s = companySigns();
  const t = tokens[i];
  // Spaces only, after the possessive ending where there is one ("WeWork's board").
  const joined = (k: number) => tokens[k] !== undefined && /^(?:['’]s?)?[ \t\u00a0]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && (tokens[k - 1].possessive || onlySpaceBetween(text, tokens[k - 1].end, tokens[k].start));
  // "investor SoftBank", "Sacramento-based GateHouse"
  const prev = tokens[i - 1];
  if (prev && joined(i) && (s.descriptors.has(prev.text) || wordLists().companyNouns.has(prev.text) || /-based$/.test(prev.text))) return true;
  // "UpGuard, a cybersecurity firm", "LiveLeak — a video-sharing platform"
  if (!t.possessive && describedAfter(ctx, i, s.describingNouns)) return true;
  // "WeWork's 12,000 employees", "SoftBank CEO"
  if (t.possessive) {
    // "12,000" is two tokens with a comma between.
    const numberGap = (k: number) => /^\d+$/.test(tokens[k].text) && /^\d+$/.test(tokens[k - 1].text) && /^[,.]$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
    for (let k = i + 1; k <= i + 4 && tokens[k] && (joined(k) || numberGap(k)); k++) {
      if (s.roleNouns.has(tokens[k].text)) return true;
      if (tokens[k].capitalised && !tokens[k].allCaps) break;
    }
  } else if (joined(i + 1) && s.roleNouns.has(tokens[i + 1].text)) return true;
  // "WeWork declined", "UpGuard reportedly sent"
  if (t.possessive) return false;
  let k = i + 1;
  while (joined(k) && k <= i + 3 && s.adverbs.has(tokens[k].text) && !s.verbs.has(tokens[k].text)) k++;
  return joined(k) && s.verbs.has(tokens[k].text);
}

interface CompanySigns {
  verbs: Set<string>;
  adverbs: Set<string>;
  roleNouns: Set<string>;
  descriptors: Set<string>;
  /** descriptors and the company nouns of word-lists.ts. */
  describingNouns: Set<string>;
  surnamePrefixes: Set<string>;
}

let signSets: CompanySigns | undefined;

/** The company signs of name-cues.json (companySigns there): verbs, adverbs before them, role nouns, descriptors. */
export function companySigns(): CompanySigns {
  if (signSets) return signSets;
  const cues = loadEntityData<NameCuesFile>('name-cues.json');
  signSets = {
    verbs: new Set(cues.companySignVerbs),
    adverbs: new Set(cues.companySignAdverbs),
    roleNouns: new Set(cues.companyRoleNouns),
    descriptors: new Set(cues.companyDescriptors),
    describingNouns: new Set([...cues.companyDescriptors, ...cues.companyNouns]),
    surnamePrefixes: new Set(cues.surnamePrefixes),
  };
  return signSets;
}

/** A word of a company's name; after its first word also "Air", "Group" ("Mahan Air"). */
function nameWord(t: Token, inside = false): boolean {
  if (!t.capitalised || t.text.length < 2) return false;
  return !isStopWord(t.text) || (inside && companyNameWords().has(t.text));
}

let nameWords: Set<string> | undefined;

/** "Air", "Media": stop words that may still end a company's name ("Mahan Air"). */
function companyNameWords(): Set<string> {
  return (nameWords ??= new Set(loadEntityData<{ companyNameWords: string[] }>('name-cues.json').companyNameWords));
}
