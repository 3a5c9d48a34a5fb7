// Refiner `acronym-long-forms`: a name written with its abbreviation in brackets is whole up to the
// bracket. "Cooperative Institute for Research in Environmental Sciences (CIRES)" is one body,
// though the rules cut it at "in" and took "Environmental Sciences" for a place; "Transport for
// London (TfL)" is no mention of London. The abbreviation is the writer's own statement of where
// the name starts: the capitalised words and connectors right before the bracket whose initials
// spell it (abbreviates() of the resolve stage, the same test that later joins the two) become one
// mention, and the mentions inside it go; a mention that runs further back keeps only the long form
// (and a country or place named before it: "United States National Institute of ... (NIAID)").
// Nothing is changed when the mention before the bracket already spells the abbreviation, or when
// no run of words before it does.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { ACRONYM, abbreviates, isSkippableWord } from '../../../resolve/entities/abbreviations';
import { entriesFor } from '../../../resolve/entities/gazetteer';

/** " (CIRES)", " (NIAID)", " (TfL)": the abbreviation right after a name, one lower-case letter allowed. */
const BRACKETED = new RegExp(String.raw`[ \t]+\([ \t]*(${ACRONYM}|\p{Lu}\p{Ll}\p{Lu}{1,4})[ \t]*\)`, 'gu');
/** At most this many words back from the bracket. */
const MAX_WORDS = 10;

/**
 * The start of the shortest run of words ending at `end` that the abbreviation spells and that
 * opens with a capitalised word, or undefined. Words are capitalised words or connectors; a
 * possessive ("Boulder's"), punctuation or a line break ends the run.
 */
function longFormStart(text: string, end: number, abbreviation: string): number | undefined {
  let at = end;
  for (let n = 0; n < MAX_WORDS; n++) {
    const word = /(?<=^|[ \t])([\p{L}\p{N}&.’'-]+)[ \t]*$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (!word) return undefined;
    const w = word[1];
    const capitalised = /^\p{Lu}/u.test(w) && !/['’]s$/u.test(w);
    if (!capitalised && !isSkippableWord(w)) return undefined;
    at -= word[0].length;
    if (capitalised && abbreviates(abbreviation, text.slice(at, end))) return at;
  }
  return undefined;
}

/** A mention of the known name at `start`..`end`, or undefined. */
function knownMention(ctx: EntityContext, start: number, end: number, rule: string): EntityMention | undefined {
  const text = ctx.text.slice(start, end);
  const known = entriesFor(text)[0];
  return known ? { start, end, text, type: known.type, canonical: known.canonical, rule } : undefined;
}

interface LongForms {
  found: EntityMention[];
  /** Mentions the long forms replace besides the ones inside them. */
  replaced: Set<EntityMention>;
}

function longForms(mentions: EntityMention[], ctx: EntityContext): LongForms {
  const found: EntityMention[] = [];
  const replaced = new Set<EntityMention>();
  for (const bracket of ctx.text.matchAll(BRACKETED)) {
    const end = bracket.index ?? 0;
    const last = mentions.find((m) => m.end === end);
    if (!last || abbreviates(bracket[1], last.text)) continue;
    const start = longFormStart(ctx.text, end, bracket[1]);
    if (start === undefined || found.some((f) => f.end > start)) continue;
    const text = ctx.text.slice(start, end);
    const longForm = knownMention(ctx, start, end, 'acronym-long-forms') ?? { start, end, text, type: 'Organization' as const, canonical: text, rule: 'acronym-long-forms' };
    if (start > last.start) {
      // "United States National Institute of Allergy and Infectious Diseases (NIAID)": the words
      // before the long form qualify it; a country or place among them stays a mention of its own.
      replaced.add(last);
      const qualifier = ctx.text.slice(last.start, start).trimEnd();
      const place = knownMention(ctx, last.start, last.start + qualifier.length, 'gazetteer:name');
      if (place && (place.type === 'Country' || place.type === 'Place')) found.push(place);
    } else if (mentions.some((m) => m.start < start && m.end > start)) {
      // A mention running into the long form from before it: the rules saw a longer name; leave both.
      continue;
    }
    found.push(longForm);
  }
  return { found, replaced };
}

export const acronymLongFormsRefiner: EntityRefiner = {
  id: 'acronym-long-forms',
  refine(mentions, ctx) {
    const { found, replaced } = longForms(mentions, ctx);
    if (found.length === 0) return mentions;
    const kept = mentions.filter((m) => !replaced.has(m) && !found.some((f) => f.start <= m.start && m.end <= f.end));
    return [...kept, ...found].sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
