// Rule `speaker-name`: capitalised words right before or after a speech verb are a person:
// "Jafari said", "said Amneh Jafari". Known countries, organisations and outlets ("Russia said",
// "Reuters reported") win over this rule where they overlap, except a capital inside a full name.
// Bodies that speak are no people either: names the article marks as companies ("software company
// Red Hat ... Red Hat said") and names that end in, or run on into, an organisation head word
// ("said Acme Council") give nothing.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import type { Token } from '../tokens';
import { isBodyHead, isNameHead, isStopWord, wordLists } from '../word-lists';
import { entriesFor } from '../../../resolve/entities/gazetteer';
import { companyNames } from '../company-names';
import { isGivenName } from '../person-names';
import { GIVEN_NAME_TAGS, lexiconTags } from '../lexicon';

const MAX_WORDS = 3;
const BODY_CONNECTORS = new Set(['of', 'for', 'on']);

export const speakerNameRule: EntityRule = {
  id: 'speaker-name',
  propose(ctx) {
    const out: EntityMention[] = [];
    const { tokens, text } = ctx;
    const verbs = wordLists().speechVerbs;
    for (let i = 0; i < tokens.length; i++) {
      if (!verbs.has(tokens[i].text)) continue;
      // Name before the verb: "Jafari said", "Amneh Jafari said".
      const first = nameEdge(ctx, i, -1);
      const j = first - 1;
      if (first < i && !bodyHeadAt(ctx, j, first) && !afterConnector(ctx, j) && !afterDeterminer(ctx, j) && !(first === i - 1 && speaksOfItself(ctx, i))) push(ctx, out, tokens.slice(first, i));
      // Name after the verb: "said Amneh Jafari", up to punctuation.
      const last = nameEdge(ctx, i, 1);
      const k = last + 1;
      if (last > i && !/^[ \t]+\p{L}/u.test(text.slice(tokens[last].end, tokens[last].end + 2)) && !bodyHeadAt(ctx, k, last)) push(ctx, out, tokens.slice(i + 1, k));
    }
    return [...out, ...citySurnames(ctx)];
  },
};

/**
 * "the Arab states", "their Gulf allies says": a determiner before the capitalised words makes them
 * a modifier of the word after them ("states" a noun), not a speaker; people are written without one.
 */
function afterDeterminer(ctx: EntityContext, j: number): boolean {
  const before = ctx.tokens[j];
  return before !== undefined && wordLists().determiners.has(before.text) && spaceOnly(ctx, before.end, ctx.tokens[j + 1].start);
}

/**
 * "Valeska Paris ... Paris claims": a capital that speaks is a surname; where an unknown
 * capitalised word stands right before it, the two are that person's full name. So is a capital
 * after a name-like word that the article then uses alone, as it uses a surname ("identified as
 * Sudesh Amman, 20 ... Amman had scrawled"); see namedBySurname.
 */
function citySurnames(ctx: EntityContext): EntityMention[] {
  const { tokens, text } = ctx;
  const verbs = wordLists().speechVerbs;
  const speaking = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (verbs.has(tokens[i + 1].text) && spaceOnly(ctx, tokens[i].end, tokens[i + 1].start) && isCapital(tokens[i].text)) speaking.add(tokens[i].text);
  }
  const out: EntityMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const given = tokens[i - 1];
    if (!spaceOnly(ctx, given.end, tokens[i].start) || !nameWord(given) || given.possessive) continue;
    if (!speaking.has(tokens[i].text) && !namedBySurname(ctx, i)) continue;
    if (entriesFor(given.text).length > 0) continue;
    out.push({ start: given.start, end: tokens[i].end, text: text.slice(given.start, tokens[i].end), type: 'Person', rule: 'speaker-name:city-surname' });
  }
  return out;
}

/**
 * The capital at `at` ends a person's name: the word before it is a given name or a word the
 * lexicon does not know ("Sudesh"), no capitalised word runs on after it (which would make the
 * pair the opening of a longer name: "Tradewise Gibraltar Chess Festival"), and the article uses
 * the capital alone elsewhere, not after another capitalised word, as it would the surname.
 */
function namedBySurname(ctx: EntityContext, at: number): boolean {
  const { tokens } = ctx;
  const surname = tokens[at];
  const given = tokens[at - 1];
  if (!isCapital(surname.text) || surname.possessive) return false;
  if (!isGivenName(given.text) && lexiconTags(given.text).length > 0) return false;
  const next = tokens[at + 1];
  if (next && next.capitalised && spaceOnly(ctx, surname.end, next.start)) return false;
  return tokens.some((t, k) => k !== at && t.text === surname.text && !(k > 0 && afterNameOrPreposition(ctx, k)));
}

/** The word before token `k` is a capitalised word run into it ("East Amman") or a preposition ("for Paris"): no surname alone. */
function afterNameOrPreposition(ctx: EntityContext, k: number): boolean {
  const before = ctx.tokens[k - 1];
  if (!spaceOnly(ctx, before.end, ctx.tokens[k].start)) return false;
  return before.capitalised || lexiconTags(before.text).includes('Preposition');
}

function isCapital(word: string): boolean {
  return entriesFor(word).some((e) => e.form === 'capital');
}

/**
 * The farthest token of the name next to the verb at `verb`, walking in `step` direction (-1:
 * before it, 1: after it); `verb` itself when no name word is next to it. Up to MAX_WORDS
 * capitalised words, or MAX_WORDS + 1 when the first is a known given name ("Andres Manuel Lopez
 * Obrador"); lower-case particles between them belong to the name ("Lula da Silva", "Ursula von
 * der Leyen").
 */
function nameEdge(ctx: EntityContext, verb: number, step: 1 | -1): number {
  const { tokens } = ctx;
  const particles = wordLists().personParticles;
  const joined = (a: number, b: number) => spaceOnly(ctx, tokens[Math.min(a, b)].end, tokens[Math.max(a, b)].start);
  const words: number[] = [];
  let at = verb + step;
  while (tokens[at] && joined(at, at - step) && words.length <= MAX_WORDS) {
    if (nameWord(tokens[at])) {
      words.push(at);
      at += step;
      continue;
    }
    // Particles count only with name words on both sides.
    let p = at;
    while (tokens[p] && particles.has(tokens[p].text) && joined(p, p - step)) p += step;
    if (p === at || words.length === 0 || !tokens[p] || !joined(p, p - step) || !nameWord(tokens[p])) break;
    at = p;
  }
  if (words.length === 0) return verb;
  if (words.length > MAX_WORDS) {
    // The word farthest from the verb is the given name when the name is read forwards.
    const given = step === -1 ? words[words.length - 1] : words[0];
    if (!isGivenName(tokens[given].text)) words.length = MAX_WORDS;
  }
  // Never a particle at the far end: only name words bound the name.
  return words[words.length - 1];
}

function spaceOnly(ctx: EntityContext, from: number, to: number): boolean {
  return /^[ \t]+$/.test(ctx.text.slice(from, to));
}

function nameWord(t: Token): boolean {
  return t.capitalised && !t.allCaps && t.text.length > 1 && !isStopWord(t.text) && !isNameHead(t.text);
}

function push(ctx: EntityContext, out: EntityMention[], words: Token[]): void {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const text = ctx.text.slice(start, end);
  if (entriesFor(text).length > 0 || companyNames(ctx).has(text) || isBodyHead(words[words.length - 1].text)) return;
  if (words.length === 1 && isKnownCompany(text)) return;
  out.push({ start, end, text, type: 'Person', rule: 'speaker-name' });
}

/**
 * "Nissan says", "Ford said": one word compromise's lexicon knows as an organisation and not as a
 * name. (A surname alone still joins its full name, "Mike Ford", through coreference.)
 */
function isKnownCompany(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.includes('Organization') && !tags.some((t) => GIVEN_NAME_TAGS.has(t) || t === 'LastName' || t === 'Person');
}

/**
 * "McClatchy said its finances...", "Nissan says it will...": one word, no given name, speaking of
 * itself as "it" is a body. (A person's surname alone still joins the full name elsewhere in the
 * article through coreference.)
 */
function speaksOfItself(ctx: EntityContext, verb: number): boolean {
  const name = ctx.tokens[verb - 1];
  const next = ctx.tokens[verb + 1];
  return next !== undefined && (next.text === 'it' || next.text === 'its') && spaceOnly(ctx, ctx.tokens[verb].end, next.start) && !isGivenName(name.text);
}

/**
 * The walk back from the verb stopped at a connector inside a longer name ("Ministry of Foreign
 * Affairs said", "Council on Foreign Relations said", "Smith of Acme said", "Ministry of Foreign
 * Affairs and International Cooperation said"): the words walked end
 * that name, or name the body a person speaks for; either way they are no person's name.
 */
function afterConnector(ctx: EntityContext, at: number): boolean {
  const t = ctx.tokens[at];
  const before = ctx.tokens[at - 1];
  // Not the particles of a person's own name ("Lula da Silva said").
  if (!t || !before || !(BODY_CONNECTORS.has(t.text) || (t.text === 'and' && portfolioBefore(ctx, at)))) return false;
  return before.capitalised && spaceOnly(ctx, before.end, t.start) && spaceOnly(ctx, t.end, ctx.tokens[at + 1].start);
}

const MAX_PORTFOLIO_WORDS = 5;

/**
 * "Ministry of Foreign Affairs and International Cooperation said": the "and" at `and` follows
 * "<organisation head> of <capitalised words>", so what comes after it is the rest of the body's
 * portfolio. ("Smith and Jones said" has no such head, and Jones speaks; so does a given name after
 * the "and", as in "the Ministry of Health and Jane Berg said".)
 */
function portfolioBefore(ctx: EntityContext, and: number): boolean {
  const { tokens } = ctx;
  if (isGivenName(tokens[and + 1]?.text ?? '')) return false;
  const connectors = wordLists().nameConnectors;
  for (let k = and - 1; k > 0 && and - k <= MAX_PORTFOLIO_WORDS && spaceOnly(ctx, tokens[k - 1].end, tokens[k].start); k--) {
    const t = tokens[k];
    if (!t.capitalised && !connectors.has(t.text)) return false;
    if (t.text === 'of') return isBodyHead(tokens[k - 1].text);
  }
  return false;
}

/**
 * The walk over a name stopped at token `at` (right next to token `near`), and that token heads a
 * body's name: the words walked are part of that body's name ("said Acme Council"), not a person.
 */
function bodyHeadAt(ctx: EntityContext, at: number, near: number): boolean {
  const t = ctx.tokens[at];
  if (!t || !t.capitalised || !isBodyHead(t.text)) return false;
  const [a, b] = at < near ? [t, ctx.tokens[near]] : [ctx.tokens[near], t];
  return spaceOnly(ctx, a.end, b.start);
}
