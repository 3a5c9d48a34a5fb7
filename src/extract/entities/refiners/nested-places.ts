// Refiner `nested-places`: a town, state, country or nationality that is a word of a longer name is
// no mention of that place. "University of Florida", "Indiana University", "Emirates Airline",
// "American Farm Bureau Federation", "the Baltimore Sun" and the team "Eastern Michigan" name a
// school, a firm, a lobby, a paper and a team, and so do known clubs ("Real Madrid", "Oklahoma City
// Thunder"); "the Dubai Air Show" and "the Australian Open" name
// events; "Oklahoma City" and "Virginia Beach" name other places than the state. The text says
// nothing about Florida, Dubai or Virginia there. `resolve-overlaps` keeps such inner places beside
// the longer name, and events are no mentions at all, so the inner places are dropped here.
// Three kinds of inner place stay:
// - in public bodies named after the town, state or country they serve ("U.S. Capitol Police",
//   "New York State Attorney General", "Florida Department of Transportation"), the place is
//   named in its own right;
// - a campus or branch town written after "at" or "in" inside the name ("University of North
//   Carolina at Greensboro");
// - places joined to other words by a hyphen or dash ("U.S.-Mexico"): a compound, not a name.
// Names with no head word that says which kind of body they are ("Chinese Precinct Chamber") are
// left alone, and so are venues and buildings, which lie in the town they are named after
// ("Volgograd Arena"). A country's alias that opens a firm's name is the firm's short name where it
// stands alone ("Emirates" after "Emirates Airline"). Runs last, after `place-teams` has named the teams.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { within } from '../rule';
import { loadEntityData } from '../../../resolve/entities/data';
import { headWords } from '../word-lists';
import { entriesFor } from '../../../resolve/entities/gazetteer';

/** The lists of head-words.json this refiner reads (see the comments there). */
interface NestedPlaceHeadsFile {
  nameWordHeads: string[];
  jurisdictionHeads: string[];
  placeEventHeads: string[];
  electionHeads: string[];
  areaHeads: string[];
}

interface NestedPlaceHeads {
  nameWord: Set<string>;
  jurisdiction: Set<string>;
  event: Set<string>;
  area: Set<string>;
}

let heads: NestedPlaceHeads | undefined;

function headSets(): NestedPlaceHeads {
  if (!heads) {
    const file = loadEntityData<NestedPlaceHeadsFile>('head-words.json');
    const elections = new Set(file.electionHeads);
    heads = {
      nameWord: new Set([...file.nameWordHeads, ...headWords().companyNameEnds]),
      jurisdiction: new Set(file.jurisdictionHeads),
      event: new Set([...headWords().eventHeads, ...file.placeEventHeads].filter((w) => !elections.has(w))),
      area: new Set(file.areaHeads),
    };
  }
  return heads;
}

const isPlace = (m: EntityMention) => m.type === 'Place' || m.type === 'Country';

/** A club known by name ("Real Madrid", "Oklahoma City Thunder"; organizations.json, kind sport). */
const isKnownClub = (m: EntityMention) => entriesFor(m.text).some((e) => e.type === 'Organization' && e.kind === 'sport');

/**
 * True when the place names are words of this organisation's or outlet's name: an outlet, a team
 * named after its town (`place-teams`) or known as a club, or a name whose last head word is a
 * name-word head.
 */
function holdsPlacesAsNameWords(outer: EntityMention): boolean {
  if (outer.type === 'MediaOutlet' || (outer.type === 'Organization' && outer.rule === 'place-teams')) return true;
  if (outer.type !== 'Organization') return false;
  if (isKnownClub(outer)) return true;
  const { nameWord, jurisdiction } = headSets();
  const words = outer.text.split(/\s+/).map((w) => w.replace(/(?:['’]s?|[,;:])$/u, ''));
  for (let i = words.length - 1; i >= 0; i--) {
    if (jurisdiction.has(words[i])) return false;
    if (nameWord.has(words[i])) return true;
  }
  return false;
}

/** Lower-case words that go on with a name after a place: "University of Texas at Tyler", "Sociedad de ...". */
const NAME_CONNECTORS = new Set(['of', 'at', 'in', 'and', 'de', 'du', 'des', 'la', 'le', 'del']);

/**
 * The place is a location, not a word of the name: a campus or branch town after "at", "in", a
 * comma or the state it lies in ("University of North Carolina at Greensboro", "University of
 * Texas Arlington"); or a place that a lower-case word follows, so that the longer name was read
 * over the end of the place's own phrase ("governor of New York for the Green Party").
 */
function isWrittenAsLocation(inner: EntityMention, outer: EntityMention, places: EntityMention[], ctx: EntityContext): boolean {
  const before = ctx.text.slice(outer.start, inner.start);
  if (/(?:^|\s)(?:at|in)\s+(?:the\s+)?$/u.test(before) || /,\s*$/u.test(before)) return true;
  const townAfterState = (p: EntityMention) => p !== inner && p.type === 'Place' && within(p, outer) && /^\s+$/u.test(ctx.text.slice(p.end, inner.start));
  if (inner.type === 'Place' && places.some(townAfterState)) return true;
  const nextWord = /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(inner.end, outer.end))?.[1];
  return nextWord !== undefined && !NAME_CONNECTORS.has(nextWord);
}

/** "U.S.-Mexico": a place joined to the words around it by a hyphen or dash. */
function isCompoundPart(inner: EntityMention, ctx: EntityContext): boolean {
  return /[-–—]$/u.test(ctx.text.slice(inner.start - 1, inner.start)) || /^[-–—]/u.test(ctx.text.slice(inner.end, inner.end + 1));
}

/** Up to four capitalised words right after a mention, spaces only between them ("Air Show", "Light Festival"). */
function capitalisedWordsAfter(m: EntityMention, ctx: EntityContext): string[] {
  const run = /^(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){1,4}/u.exec(ctx.text.slice(m.end, m.end + 80))?.[0] ?? '';
  return run.trim().split(/[ \t]+/).filter(Boolean).map((w) => w.replace(/(?:['’]s?|\.)$/u, ''));
}

/** "Dubai Air Show", "Amsterdam Light Festival", "American Music Awards": the place opens an event's name. */
function opensEventName(m: EntityMention, ctx: EntityContext): boolean {
  // In headline casing every word is capitalised: "Protests In Hong Kong Open A New Chapter".
  if (/^['’]/u.test(ctx.text.slice(m.end, m.end + 1)) || ctx.headlineCased.some((h) => within(m, h))) return false;
  const { event } = headSets();
  return capitalisedWordsAfter(m, ctx).some((w) => event.has(w));
}

/** "Oklahoma City", "Virginia Beach": the place opens a longer place name built on an area head. */
function opensAreaName(m: EntityMention, places: EntityMention[], ctx: EntityContext): boolean {
  const { area } = headSets();
  return places.some((p) => p !== m && p.type === 'Place' && p.start === m.start && p.end > m.end
    && area.has(ctx.text.slice(m.end, p.end).trim().split(/\s+/)[0]));
}

/**
 * "Emirates" after "Emirates Airline": a country's alias of one word (not its name: "Qatar"
 * after "Qatar Airways" is still the country) that opens a firm's name in the article, the rest of the name a
 * name-word head, is that firm's short name. Returns the firm's name as first written, or undefined.
 */
function firmNamedByAlias(m: EntityMention, outers: EntityMention[]): string | undefined {
  // One ordinary word: "US", "UK" are the country's abbreviations, never a firm's short name.
  if (m.type !== 'Country' || m.rule !== 'gazetteer:alias' || !/^\p{Lu}\p{Ll}+$/u.test(m.text) || outers.some((o) => within(m, o))) return undefined;
  const { nameWord } = headSets();
  const firm = outers.find((o) => o.type === 'Organization' && o.text.startsWith(`${m.text} `) && nameWord.has(o.text.slice(m.text.length + 1)));
  return firm?.text;
}

export const nestedPlacesRefiner: EntityRefiner = {
  id: 'nested-places',
  refine(proposed, ctx) {
    const outers = proposed.filter(holdsPlacesAsNameWords);
    const mentions = proposed.map((m) => {
      const firm = firmNamedByAlias(m, outers);
      return firm ? { ...m, type: 'Organization' as const, canonical: firm, rule: 'nested-places' } : m;
    });
    const places = mentions.filter(isPlace);
    return mentions.filter((m) => {
      if (!isPlace(m) || isCompoundPart(m, ctx)) return true;
      if (opensEventName(m, ctx) || opensAreaName(m, places, ctx)) return false;
      const outer = outers.find((o) => o !== m && within(m, o) && o.end - o.start > m.end - m.start);
      return !outer || isWrittenAsLocation(m, outer, places, ctx);
    });
  },
};
