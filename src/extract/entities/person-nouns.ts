// Nouns that describe a person ("astronaut", "photographer", "goalkeeper"), read from compromise's
// lexicon, where they carry the tag `Actor`. Written in lower case right before a name that no list
// knows ("astronaut Christer Fuglesang"), such a noun says the name is a person's.
import type { EntityContext } from './rule';
import { lexiconTags } from './lexicon';

/** The token before token `at` is a lower-case noun of a person, joined to it by one space. */
export function followsPersonNoun(ctx: EntityContext, at: number): boolean {
  const before = ctx.tokens[at - 1];
  if (before === undefined || !/^\p{Ll}+$/u.test(before.text) || ctx.text.slice(before.end, ctx.tokens[at].start) !== ' ') return false;
  return lexiconTags(before.text).includes('Actor');
}
