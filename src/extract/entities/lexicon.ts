// compromise's word lexicon, read directly: looking a word's tags up is much faster than tagging it.
// Names taught with nlp.addWords (person-names.ts) land in the same object, so they are seen here too.
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;

export const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

let lexicon: Lexicon | undefined;

/** The tags compromise's lexicon gives a word ("jackson" -> ["LastName"]); none for unknown words. */
export function lexiconTags(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  const entry = lexicon[word.toLowerCase()];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

/**
 * A given name in the lexicon ("sarah" -> FemaleName), place names included ("Georgia"); see
 * person-names.ts's isGivenName for the stricter test that leaves known places out.
 */
export function isFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => GIVEN_NAME_TAGS.has(t));
}

const NAME_TAGS = new Set([...GIVEN_NAME_TAGS, 'LastName', 'Honorific']);

/**
 * A word compromise's lexicon knows as something other than a name ("national", "dead"); with
 * `onlyTags`, only words known with one of those tags count ("Adjective": "Dries" stays a name);
 * tags in `alsoNames` count as names too.
 */
export function isOrdinaryWord(word: string, onlyTags?: Set<string>, alsoNames?: Set<string>): boolean {
  const tags = lexiconTags(word);
  if (tags.length === 0) return false;
  return onlyTags ? tags.some((t) => onlyTags.has(t)) : !tags.every((t) => NAME_TAGS.has(t) || alsoNames?.has(t));
}

/** Lexicon tags of place names: "Brampton" is no ordinary word. */
export const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'ProperNoun']);
