// Refiner `speaking-places`: a "... Center" or "... Centre" guessed as a place is the body housed
// there when the article makes it speak or report: "according to the National Hurricane Center",
// "the National Hurricane Center (NHC) upgraded the storm". Such heads name venues as often as
// bodies ("Chase Center", "Mesquite Convention Center"); buildings do not say things, bodies do.
// One such use in the article retypes every mention of that name. Known places (the gazetteer's)
// are left alone. The heads and the report verbs are in name-cues.json (bodyOrPlaceHeads,
// reportVerbs); the speech verbs are the ones the speaker rule reads.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { loadEntityData } from '../../../resolve/entities/data';
import { wordLists } from '../word-lists';

interface SpeakingPlaceCuesFile {
  bodyOrPlaceHeads: string[];
  reportVerbs: string[];
}

let cues: { heads: Set<string>; verbs: Set<string> } | undefined;

function speakingCues() {
  if (!cues) {
    const file = loadEntityData<SpeakingPlaceCuesFile>('name-cues.json');
    cues = { heads: new Set(file.bodyOrPlaceHeads), verbs: new Set([...file.reportVerbs, ...wordLists().speechVerbs]) };
  }
  return cues;
}

/** A guessed place whose last word may name a body as well as a building. */
function isBodyOrPlace(m: EntityMention): boolean {
  if (m.type !== 'Place' || m.rule.startsWith('gazetteer')) return false;
  const words = m.text.split(/\s+/);
  return words.length > 1 && speakingCues().heads.has(words[words.length - 1]);
}

/**
 * The mention speaks: a speech or report verb right after it, or after its bracketed abbreviation
 * ("the National Hurricane Center (NHC) reported"); or "according to" right before it.
 */
function speaks(m: EntityMention, ctx: EntityContext): boolean {
  const after = /^(?:[ \t]+\([^()\n]{1,12}\))?[ \t]+(?:has[ \t]+|had[ \t]+)?(\p{Ll}+)/u.exec(ctx.text.slice(m.end, m.end + 40))?.[1];
  if (after !== undefined && speakingCues().verbs.has(after)) return true;
  return /according[ \t]+to[ \t]+(?:the[ \t]+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 20), m.start));
}

export const speakingPlacesRefiner: EntityRefiner = {
  id: 'speaking-places',
  refine(mentions, ctx) {
    const bodies = new Set(mentions.filter((m) => isBodyOrPlace(m) && speaks(m, ctx)).map((m) => m.text));
    if (bodies.size === 0) return mentions;
    return mentions.map((m) => (isBodyOrPlace(m) && bodies.has(m.text) ? { ...m, type: 'Organization', rule: `${m.rule}+speaking-places` } : m));
  },
};
