// Rule `dateline-place`: the town a story was filed from. News stories open with a dateline: the
// town in capitals, often its state or country and the agency, then a dash ("BERLIN --",
// "SANTA FE, N.M. (AP) —", "DUBAI, United Arab Emirates —"). Written in capitals, the town is
// read by no other rule. It is taken when a place list knows it, when a region follows it, or
// when the lexicon knows its words only as places; "UPDATE —" or "EXCLUSIVE —" are none of these.
import type { EntityMention, EntityType } from '../../../types';
import type { EntityRule } from '../rule';
import { overlaps } from '../rule';
import { entriesFor, isKnownPlace } from '../../../resolve/entities/gazetteer';
import { loadEntityData, type DatelinesFile } from '../../../resolve/entities/data';
import { PLACE_TAGS, lexiconTags } from '../lexicon';

/** How far into a paragraph a dateline may run, in characters. */
const DATELINE_REACH = 120;
/** Fewer capitals than this are an abbreviation ("US", "UK"), not a dateline's town. */
const MIN_CAPITALS = 3;

let patterns: { town: RegExp; afterTown: RegExp } | undefined;

function datelinePatterns() {
  if (!patterns) {
    const data = loadEntityData<DatelinesFile>('datelines.json');
    patterns = { town: new RegExp(data.town, 'u'), afterTown: new RegExp(data.afterTown, 'u') };
  }
  return patterns;
}

export const datelinePlaceRule: EntityRule = {
  id: 'dateline-place',
  propose(ctx) {
    const out: EntityMention[] = [];
    for (const paragraph of ctx.layout.paragraphs) {
      const dateline = datelineOf(ctx.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + DATELINE_REACH)));
      if (dateline === undefined) continue;
      const { town, region } = dateline;
      const span = { start: paragraph.start, end: paragraph.start + town.length };
      if (ctx.excluded.some((x) => overlaps(x, span))) continue;
      // The town is looked up as written in lower case ("Madrid"), unless a region no list knows
      // follows it ("SANTA FE, N.M."): the largest namesake (in Argentina) would be the wrong town.
      const unknownRegion = region !== undefined && !entriesFor(region).some((e) => e.iso2);
      out.push({ ...span, text: town, type: townType(town), ...(unknownRegion ? {} : { canonical: asWritten(town) }), rule: 'dateline-place' });
    }
    return out;
  },
};

/** The dateline that opens `opening` (a paragraph's start): its town and region, or undefined when there is none. */
export function datelineOf(opening: string): { town: string; region?: string } | undefined {
  const { town, afterTown } = datelinePatterns();
  const name = town.exec(opening)?.groups?.town;
  if (name === undefined || (name.match(/\p{Lu}/gu) ?? []).length < MIN_CAPITALS) return undefined;
  const after = afterTown.exec(opening.slice(name.length));
  if (!after) return undefined;
  const region = after.groups?.region;
  if (isKnownPlace(asWritten(name)) || region !== undefined) return { town: name, region };
  // "WASHINGTON —": a word the lexicon knows, but only as a place.
  const words = asWritten(name).split(' ');
  return words.every((w) => lexiconTags(w).length > 0 && lexiconTags(w).every((t) => PLACE_TAGS.has(t))) ? { town: name } : undefined;
}

/** "SANTA FE" → "Santa Fe", "WINSTON-SALEM" → "Winston-Salem", "ST. LOUIS" → "St. Louis". */
function asWritten(capitals: string): string {
  return capitals.toLowerCase().replace(/(^|[ \-'’])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** A country's own name ("SINGAPORE") is the country; any other town, a capital too, is a place. */
function townType(town: string): EntityType {
  return entriesFor(asWritten(town)).some((e) => e.type === 'Country' && e.form === 'name') ? 'Country' : 'Place';
}
