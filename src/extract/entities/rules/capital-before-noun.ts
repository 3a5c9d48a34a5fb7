// A capital written before a common noun modifies it, and then it nearly always names the city:
// "a Kabul car bombing", "a Baghdad airport", "the San Juan streets", "Beijing residents". The
// nouns that make it stand for the state instead ("the Kabul government", "Beijing officials")
// are listed in name-cues.json (stateNouns). The gazetteer rule asks this of every capital it
// finds; the sentence is tagged by compromise only then, which is rare enough to cost nothing.
import nlp from 'compromise';
import { loadEntityData, type NameCuesFile } from '../../../resolve/entities/data';
import { within, type EntityContext } from '../rule';
import { isStopWord } from '../word-lists';

let stateNouns: Set<string> | undefined;

/** compromise's term as `json({ offset: true })` gives it. */
interface TaggedTerm {
  offset: { start: number };
  tags: string[];
}

// Tags that make a lower-case word no common noun here ("Paris is", "Amsterdam its").
const NOT_A_NOUN = ['Verb', 'Pronoun', 'Possessive', 'ProperNoun', 'Preposition', 'Conjunction', 'Determiner', 'Adverb'];

/** True when the capital ending at token `last` is followed by a common noun it modifies. */
export function capitalBeforeCommonNoun(ctx: EntityContext, last: number): boolean {
  const { tokens, text } = ctx;
  const next = tokens[last + 1];
  if (!next || tokens[last].possessive || !/^[ \t]+$/.test(text.slice(tokens[last].end, next.start))) return false;
  if (!/^\p{Ll}/u.test(next.text)) return false;
  stateNouns ??= new Set(loadEntityData<NameCuesFile>('name-cues.json').stateNouns);
  if (stateNouns.has(next.text)) return false;
  const sentence = ctx.layout.sentences.find((s) => s.start <= next.start && next.start < s.end);
  if (!sentence) return false;
  const terms = (nlp(text.slice(sentence.start, sentence.end)).json({ offset: true }) as { terms: TaggedTerm[] }[]).flatMap((s) => s.terms);
  // A hyphenated word is split into terms; its last one is the noun ("non-profit").
  const term = terms.filter((t) => sentence.start + t.offset.start >= next.start && sentence.start + t.offset.start < next.end).at(-1);
  return term !== undefined && term.tags.includes('Noun') && !term.tags.some((t) => NOT_A_NOUN.includes(t));
}

/**
 * True when the capital ending at token `last` opens a longer capitalised name that no rule
 * reads as a body ("a London Stock Exchange bomb plot", "the Baku Olympiad", "the Hanoi Hilton"):
 * a thing of the city, not the state. Headline casing says nothing.
 */
export function capitalOpensName(ctx: EntityContext, last: number): boolean {
  const { tokens, text } = ctx;
  const next = tokens[last + 1];
  if (!next || !next.capitalised || tokens[last].possessive || !/^[ \t]+$/.test(text.slice(tokens[last].end, next.start))) return false;
  return !isStopWord(next.text) && !ctx.headlineCased.some((p) => within(next, p));
}
