// Refiners about capitalisation that does not mark a name:
// `headline-casing` drops guesses inside title-cased lines unless the body confirms them;
// `sentence-start` drops one-word guesses whose only capital comes from starting a sentence.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { within } from '../rule';

/** Rules whose guesses rest on capital letters; gazetteer and title rules are trusted. */
const GUESSING_RULES = /^(compromise|capitalised-sequence|speaker-name)/;
/** In a title-cased line every word looks like a title or a name, so titled names are guesses too. */
const HEADLINE_GUESSES = /^(compromise|capitalised-sequence|speaker-name|titled-name)/;

export const headlineCasingRefiner: EntityRefiner = {
  id: 'headline-casing',
  refine(mentions, ctx) {
    if (ctx.headlineCased.length === 0) return mentions;
    const inHeadline = (m: EntityMention) => ctx.headlineCased.some((p) => within(m, p));
    const confirmed = new Set(mentions.filter((m) => !inHeadline(m)).map((m) => m.text));
    return mentions.filter((m) => !HEADLINE_GUESSES.test(m.rule) || !inHeadline(m) || confirmed.has(m.text) || bodyHas(ctx, m));
  },
};

export const sentenceStartRefiner: EntityRefiner = {
  id: 'sentence-start',
  refine(mentions, ctx) {
    const startOffsets = new Set([...ctx.sentenceStartTokens].map((i) => ctx.tokens[i].start));
    return mentions.filter((m) => {
      if (!GUESSING_RULES.test(m.rule) || m.text.includes(' ') || !startOffsets.has(m.start)) return true;
      // Keep it if the same word is capitalised somewhere that is not a sentence start.
      return ctx.tokens.some((t) => t.text === m.text && !startOffsets.has(t.start));
    });
  },
};

/** The mention's words occur capitalised outside every headline-cased line. */
function bodyHas(ctx: EntityContext, m: EntityMention): boolean {
  let from = 0;
  for (;;) {
    const at = ctx.text.indexOf(m.text, from);
    if (at < 0) return false;
    if (!ctx.headlineCased.some((p) => at >= p.start && at < p.end)) return true;
    from = at + 1;
  }
}
