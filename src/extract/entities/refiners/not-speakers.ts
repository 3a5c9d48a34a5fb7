// Refiner `not-speakers`: person guesses of the speaker-name rule whose words, or the words around
// them, show that they do not name the one who speaks. The rule reads capitalised words next to a
// speech verb as its speaker, but the verb's subject may stand elsewhere or be no name at all:
//  - a pronoun or a pronoun contracted with a verb ("Nobody asked", "I've said", "We’ve asked");
//  - the one spoken to, after a verb that takes a hearer ("Stamenković told [National Geographic]");
//  - what is spoken of, before a passive participle ("[Territory] claimed by Azerbaijan");
//  - the object of a preposition, i.e. the body the speaker stands for ("a spokesperson for
//    [Stagecoach South] said", "an official from [TfL] stated", "a contributor to [Slate] wrote");
//  - a modifier of a plural or of a thing, after a number or a quantifier ("the two [Post-Soviet]
//    states", "the 14th [Amendment] states") or after a capitalised article ("The [Atlantic] claimed").
// Only the speaker-name rule's own guesses go: a name another rule also proposes stays with it.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import type { Token } from '../tokens';
import { wordLists } from '../word-lists';
import { titleAt } from '../titles';
import { loadEntityData, type SpeakerCuesFile } from '../../../resolve/entities/data';

export const notSpeakersRefiner: EntityRefiner = {
  id: 'not-speakers',
  refine(mentions, ctx) {
    return mentions.filter((m) => !(isSpeakerGuess(m) && notTheSpeaker(m, ctx)));
  },
};

/** The speaker-name rule's guess (trimmed or not); its city-surname guesses read another sign. */
const isSpeakerGuess = (m: EntityMention) => m.type === 'Person' && (m.rule === 'speaker-name' || m.rule.startsWith('speaker-name+'));

let cueSets: { [K in keyof SpeakerCuesFile]: Set<string> } | undefined;

function speakerCues() {
  if (!cueSets) {
    const file = loadEntityData<SpeakerCuesFile>('speaker-cues.json');
    cueSets = {
      pronouns: new Set(file.pronouns),
      clitics: new Set(file.clitics),
      hearerVerbs: new Set(file.hearerVerbs),
      passiveMarkers: new Set(file.passiveMarkers),
      objectPrepositions: new Set(file.objectPrepositions),
      quantifiers: new Set(file.quantifiers),
    };
  }
  return cueSets;
}

/** "14th", "2019", "3": a number or an ordinal written in digits. */
const NUMERAL = /^\d/;

function notTheSpeaker(m: EntityMention, ctx: EntityContext): boolean {
  const cues = speakerCues();
  if (isPronoun(m.text)) return true;
  const { tokens } = ctx;
  const first = tokens.findIndex((t) => t.start === m.start);
  const last = tokens.findIndex((t) => t.end === m.end);
  if (first < 0 || last < 0) return false;
  const verbs = wordLists().speechVerbs;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // "told [National Geographic]": the name after the verb is its object.
  if (before && verbs.has(before.text) && joined(ctx, before, tokens[first])) return cues.hearerVerbs.has(before.text);
  if (!after || !verbs.has(after.text) || !joined(ctx, tokens[last], after)) return false;
  // "[Territory] claimed by": a passive participle.
  const next = tokens[last + 2];
  if (next && cues.passiveMarkers.has(next.text) && joined(ctx, after, next)) return true;
  if (!before || !joined(ctx, before, tokens[first])) return false;
  if (cues.objectPrepositions.has(before.text)) return true;
  if (cues.quantifiers.has(before.text) || NUMERAL.test(before.text)) return true;
  // "The [Atlantic] claimed": an article at a sentence start; "The President insists" is the
  // president, a title standing for its holder.
  return before.capitalised && wordLists().determiners.has(before.text.toLowerCase()) && titleAt(ctx.text, m.start)?.text.trim() !== m.text;
}

/** "Nobody", "I've", "We’re": a pronoun, alone or contracted with a verb. */
function isPronoun(text: string): boolean {
  const cues = speakerCues();
  if (cues.pronouns.has(text)) return true;
  const clitic = /['’]\p{L}+$/u.exec(text)?.[0];
  return clitic !== undefined && cues.clitics.has(clitic) && !/\s/.test(text);
}

/** Only spaces between two tokens: they stand in one phrase. */
function joined(ctx: EntityContext, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(ctx.text.slice(a.end, b.start));
}
