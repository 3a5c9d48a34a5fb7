// Refiner `national-branches`: "British Red Cross", "Philippine Red Cross". Some known bodies are
// made of national societies, each named with its country's adjective before the body's name
// (name-parts.json nationalBranchBodies). The gazetteer finds the demonym and the known body as two
// mentions; there the two are one name, the national society's, an organisation of its own.
// Demonym + common noun ("British Prime Minister", "Russian army") is left alone: only the listed
// bodies take their demonym.
import type { EntityMention } from '../../../types';
import type { EntityRefiner } from '../rule';
import { overlaps } from '../rule';
import { loadEntityData, type NamePartsFile } from '../../../resolve/entities/data';

let branchBodies: Set<string> | undefined;

function nationalBranchBodies(): Set<string> {
  branchBodies ??= new Set(loadEntityData<NamePartsFile>('name-parts.json').nationalBranchBodies);
  return branchBodies;
}

export const nationalBranchesRefiner: EntityRefiner = {
  id: 'national-branches',
  refine(mentions, ctx) {
    const branches: EntityMention[] = [];
    for (const body of mentions) {
      if (body.type !== 'Organization' || !body.rule.startsWith('gazetteer') || !nationalBranchBodies().has(body.text)) continue;
      const demonym = mentions.find((m) => m.rule === 'gazetteer:demonym' && m.end < body.start && /^[ \t]$/.test(ctx.text.slice(m.end, body.start)));
      if (!demonym) continue;
      const text = ctx.text.slice(demonym.start, body.end);
      branches.push({ start: demonym.start, end: body.end, text, type: 'Organization', rule: 'gazetteer:national-branch' });
    }
    if (branches.length === 0) return mentions;
    // The branch replaces every proposal over its words: the demonym, the body, partial guesses.
    return [...mentions.filter((m) => !branches.some((b) => overlaps(b, m))), ...branches].sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
