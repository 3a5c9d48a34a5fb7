// Refiner `hyphen-joined-names`: names joined by a hyphen into one word. A ticket, a deal or a
// pair of authors is often written as two names with a hyphen ("the Jorgensen-Cohen ticket", "the
// Coty-Kylie Jenner deal", "the Howitt-Garrett papers"), and no rule reads a name inside such a
// word. A part is taken when the article names it elsewhere on its own: the same words as a person,
// an organisation or an outlet, or a person's surname ("Trump" of "Donald Trump"), all of one type.
// Countries and demonyms are left alone: "Korean-Canadian", "Chinese-American" describe people.
import type { EntityMention, EntityType } from '../../../types';
import type { EntityRefiner } from '../rule';
import { overlaps, within } from '../rule';
import { isStopWord } from '../word-lists';
import { titleAt } from '../titles';

/** A word of two or more capitalised parts joined by hyphens, standing alone ("Trump-Pence"). */
const HYPHEN_JOINED = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+(?![\p{L}\p{N}-])/gu;

/** Types a part may take from its namesake elsewhere in the article. */
const NAME_TYPES = new Set<EntityType>(['Person', 'Organization', 'MediaOutlet']);

export const hyphenJoinedNamesRefiner: EntityRefiner = {
  id: 'hyphen-joined-names',
  refine(mentions, ctx) {
    const added: EntityMention[] = [];
    for (const word of ctx.text.matchAll(HYPHEN_JOINED)) {
      const parts = word[0].split('-');
      const end = word.index! + word[0].length;
      // "Cat-Monk Shiro": a capitalised word after it, and its last part in no mention, make the
      // word part of a longer name ("the Coty-Kylie Jenner deal" is read, "Kylie Jenner" being a mention).
      const lastPart = { start: end - parts[parts.length - 1].length, end };
      if (/^[ \t]+\p{Lu}/u.test(ctx.text.slice(end, end + 2)) && !mentions.some((m) => overlaps(m, lastPart))) continue;
      let start = word.index!;
      for (const part of parts) {
        const span = { start, end: start + part.length };
        start = span.end + 1;
        if (part.length < 2 || isStopWord(part) || mentions.some((m) => overlaps(m, span))) continue;
        // "Bishop-Emeritus": a title, no name.
        if (titleAt(part, 0) !== undefined) continue;
        if (ctx.excluded.some((x) => overlaps(x, span)) || ctx.headlineCased.some((p) => within(span, p))) continue;
        const type = typeNamedElsewhere(part, mentions);
        if (type) added.push({ ...span, text: part, type, rule: 'hyphen-joined-names' });
      }
    }
    return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
  },
};

/** The one type the article gives `part` elsewhere, as a whole name or a person's surname; undefined if none or several. */
export function typeNamedElsewhere(part: string, mentions: EntityMention[]): EntityType | undefined {
  const types = new Set<EntityType>();
  for (const m of mentions) {
    if (m.text === part || (m.type === 'Person' && m.text.split(/\s+/).length > 1 && m.text.split(/\s+/).pop() === part)) types.add(m.type);
  }
  const [only] = types;
  return types.size === 1 && NAME_TYPES.has(only) ? only : undefined;
}
