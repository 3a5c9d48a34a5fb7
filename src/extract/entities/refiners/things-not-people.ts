// Refiner `things-not-people`: person guesses made from capital letters alone (by compromise or by
// a run of capitals) for a name that the article writes, at one of its uses, right before a noun for
// a facility or a product: "the [Costa Sur] power plant", "an [Alexa] device", "the [Roman
// Catholic] cathedral", "[John Deere] tractors". The name there is the thing's own name, and news
// prose does not write a person's name so (a person's name before such a noun takes a possessive:
// "Smith's phone"); the sign at one use drops every guessed use of the name in the article. A
// sign of a person at any use keeps the name: another rule's proposal for the same words (a title
// before it, a speech verb next to it, a neighbouring person's name).
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { loadEntityData, type ThingNounsFile } from '../../../resolve/entities/data';

export const thingsNotPeopleRefiner: EntityRefiner = {
  id: 'things-not-people',
  refine(mentions, ctx) {
    const guessed = mentions.filter(isGuessedPerson);
    if (guessed.length === 0) return mentions;
    const things = new Set(guessed.filter((m) => beforeThingNoun(m, ctx)).map((m) => m.text));
    if (things.size === 0) return mentions;
    // Another rule read the same words as a person's name: the name is a person's, and the noun
    // after it is a modifier the rule cannot tell apart.
    for (const m of mentions) if (m.type === 'Person' && !isGuessedPerson(m)) things.delete(m.text);
    return mentions.filter((m) => !(isGuessedPerson(m) && things.has(m.text)));
  },
};

/** A person proposed from capital letters alone, whatever refiners did to it since. */
const GUESSED_PERSON = /^(?:compromise|capitalised-sequence):/;
const isGuessedPerson = (m: EntityMention) => m.type === 'Person' && GUESSED_PERSON.test(m.rule);

let thingNouns: RegExp | undefined;

/** Spaces, then one of the thing nouns as whole words, at the start of the text after a name. */
function thingNounAfter(): RegExp {
  if (!thingNouns) {
    const file = loadEntityData<ThingNounsFile>('thing-nouns.json');
    const nouns = [...file.thingNounsAfterName]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+'));
    thingNouns = new RegExp(`^[ \\t]+(?:${nouns.join('|')})(?![\\p{L}\\p{N}-])`, 'u');
  }
  return thingNouns;
}

/** "[Costa Sur] power plant": the name stands right before a thing noun, without a possessive. */
function beforeThingNoun(m: EntityMention, ctx: EntityContext): boolean {
  return thingNounAfter().test(ctx.text.slice(m.end, m.end + 40));
}
