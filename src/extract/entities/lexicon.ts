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
