// Rule `gazetteer`: exact matches of known names (countries with their aliases, demonyms, capitals
// and seats of government; places; organisations; news outlets), longest match first. Then the
// towns and cities of the GeoNames list where the text says a place is meant, and "City, Region"
// names (gazetteer-cities.ts).
import type { EntityMention } from '../../../types';
import { entriesFor, type GazetteerEntry, maxWordsStartingWith } from '../../../resolve/entities/gazetteer';
import { loadEntityData, type NameCuesFile } from '../../../resolve/entities/data';
import type { EntityContext, EntityRule } from '../rule';
import { titleAt } from '../titles';
import { headWords, isStopWord, wordLists } from '../word-lists';
import { opensOutletName } from './capitalised-sequence-rule';
import { capitalBeforeCommonNoun, capitalOpensName } from './capital-before-noun';
import { citiesWithRegion, proposeCities, withoutCitiesOpeningNames } from './gazetteer-cities';

export const gazetteerRule: EntityRule = {
  id: 'gazetteer',
  propose(ctx) {
    const known = proposeKnownNames(ctx);
    const all = withoutCitiesOpeningNames(ctx, [...known, ...proposeCities(ctx, known)].sort((a, b) => a.start - b.start));
    return withoutPlacesOpeningOutlets(ctx, [...all, ...citiesWithRegion(ctx, all)]);
  },
};

function proposeKnownNames(ctx: EntityContext): EntityMention[] {
  const { tokens, text } = ctx;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const max = maxWordsStartingWith(tokens[i].text);
    for (let n = Math.min(max, tokens.length - i); n >= 1; n--) {
      const first = tokens[i];
      const last = tokens[i + n - 1];
      // A name never runs over a line break.
      if (n > 1 && text.slice(first.start, last.end).includes('\n')) continue;
      const entries = entriesFor(text.slice(first.start, last.end));
      if (entries.length === 0) continue;
      const entry = chooseEntry(entries, ctx, i, i + n - 1);
      if (!entry) continue;
      const unit = networkUnitEnd(ctx, entry, i, i + n - 1);
      if (unit !== undefined) {
        // Read as a name of its own: it resolves to no known outlet, so gets a key of its own.
        const start = tokens[i].start;
        const end = tokens[unit].end;
        out.push({ start, end, text: text.slice(start, end), type: 'MediaOutlet', rule: 'gazetteer:outlet-unit' });
        i = unit;
        break;
      }
      out.push(toMention(entry, ctx, i, i + n - 1));
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * "CBS Sports", "CBS DFW", "NBC Sports Chicago": a network's short name that is an alias of its
 * news division ("CBS" of "CBS News"), followed by another capitalised word, names another part
 * of the network (a channel, a local station, a service), not the news division. Returns the last
 * token of that name (the alias and one or two more words), or undefined when the alias stands
 * alone or before a title, a known name or a function word ("CBS correspondent", "CBS This Morning").
 */
function networkUnitEnd(ctx: EntityContext, entry: GazetteerEntry, from: number, to: number): number | undefined {
  const { tokens, text } = ctx;
  const surface = text.slice(tokens[from].start, tokens[to].end);
  if (entry.type !== 'MediaOutlet' || !entry.canonical.startsWith(`${surface} `) || tokens[to].possessive) return undefined;
  const unitWord = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.capitalised && /^[ \t]+$/.test(text.slice(tokens[k - 1].end, t.start)) && !isStopWord(t.text)
      && titleAt(text, t.start) === undefined && !wordLists().speechVerbs.has(t.text.toLowerCase());
  };
  if (!unitWord(to + 1) || entriesFor(tokens[to + 1].text).length > 0) return undefined;
  // A second word joins when it is no known name on its own ("CBS Sports NFL Insider" stops at "NFL").
  const second = to + 2;
  if (!tokens[to + 1].possessive && unitWord(second) && !tokens[second].allCaps && entriesFor(tokens[second].text).length === 0) return second;
  return to + 1;
}

/**
 * "the Kansas City Star", "Pittsburgh Post-Gazette": a town, state or country that opens a news
 * outlet's name (as the capitalised-sequence rule reads it) is part of that name, no mention of
 * its own. Curated towns before a plain outlet head go earlier (withoutCitiesOpeningNames). A
 * demonym stays: "Russian TV", "Ukrainian News" describe outlets by their country.
 */
function withoutPlacesOpeningOutlets(ctx: EntityContext, mentions: EntityMention[]): EntityMention[] {
  return mentions.filter((m) => {
    if ((m.type !== 'Place' && m.type !== 'Country') || m.rule === 'gazetteer:demonym') return true;
    const at = ctx.tokens.findIndex((t) => t.start === m.start);
    return at < 0 || !opensOutletName(ctx, at);
  });
}

function chooseEntry(entries: GazetteerEntry[], ctx: EntityContext, from: number, to: number): GazetteerEntry | undefined {
  const { tokens, text } = ctx;
  const next = tokens[to + 1];
  const prev = tokens[from - 1];
  const adjacentNext = next && /^[ \t]+$/.test(text.slice(tokens[to].end, next.start));
  const adjacentPrev = prev && /^[ \t]+$/.test(text.slice(prev.end, tokens[from].start));
  // An acronym inside a run of capitals ("WHAT IS WHO DOING") is shouting, not a name.
  if (from === to && tokens[from].allCaps && adjacentNext && adjacentPrev && next.allCaps && prev.allCaps) return undefined;
  // "Michigan House of Representatives", "Libyan House of Representatives", "Wisconsin Supreme
  // Court": a generic body name (one built on a head word such as House, Court, Party) qualified
  // by another state, region or nation is a different body, so the bare name's entry (the US House,
  // the US Supreme Court) must not be linked; the name-run rule reads the whole name instead. A
  // unique name stays linked ("the Afghan Taliban"), and a qualifier that belongs to the alias
  // ("U.S. Senate") matched before.
  const qualified = adjacentPrev && prev.capitalised && entriesFor(prev.text).some((e) => e.type === 'Country' || e.type === 'Place')
    && isGenericBodyName(tokens.slice(from, to + 1).map((t) => t.text));
  // "Latin American", "Native American": a qualifier before the demonym makes it another people.
  const otherPeople = adjacentPrev && prev.capitalised && demonymQualifiers(text.slice(tokens[from].start, tokens[to].end)).has(prev.text);
  const candidates = entries.filter((e) => {
    if (qualified && e.type === 'Organization') return false;
    if (otherPeople && e.form === 'demonym') return false;
    if (!e.ambiguous || !adjacentNext || !next.capitalised) return true;
    // "Jordan Peterson" is a person; "US President" is still the country.
    return titleAt(text, next.start) !== undefined;
  });
  // Countries first (a demonym is never an organisation), then outlets, organisations, places.
  const order = ['Country', 'MediaOutlet', 'Organization', 'Place', 'Person'];
  return candidates.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0];
}

function isGenericBodyName(words: string[]): boolean {
  const lists = wordLists();
  return words.some((w) => lists.organizationHeads.has(w) || headWords().bodyHeads.has(w));
}

let qualifiersByDemonym: Map<string, Set<string>> | undefined;

/** The words of name-cues.json (demonymQualifiers) that, written before this demonym, make it another people. */
function demonymQualifiers(demonym: string): Set<string> {
  qualifiersByDemonym ??= new Map(
    Object.entries(loadEntityData<{ demonymQualifiers: Record<string, string[]> }>('name-cues.json').demonymQualifiers).map(([d, words]) => [d, new Set(words)]),
  );
  return qualifiersByDemonym.get(demonym) ?? NO_WORDS;
}

const NO_WORDS = new Set<string>();

interface LocationCues {
  prepositions: Set<string>;
  verbs: Set<string>;
  motion: Set<string>;
  motionBeforeFor: Set<string>;
  capitalCues: Set<string>;
  townAdjectives: Set<string>;
}

let locationWords: LocationCues | undefined;

function locationCues(): LocationCues {
  if (!locationWords) {
    const cues = loadEntityData<NameCuesFile>('name-cues.json');
    locationWords = {
      prepositions: new Set(cues.locationPrepositions),
      verbs: new Set(cues.locationVerbs),
      motion: new Set(cues.motionBeforeTo),
      motionBeforeFor: new Set(cues.motionBeforeFor),
      capitalCues: new Set(cues.capitalCityCues),
      townAdjectives: new Set(cues.townAdjectives),
    };
  }
  return locationWords;
}

/**
 * True when the words before the token say "where": a preposition ("in", "near"), a verb of
 * visiting ("visited", "left"), "to" after a verb or noun of motion ("flew to", "a trip to") or
 * after "from X" ("from Omsk to Berlin"), "for" after a verb of leaving ("bound for"), skipping a
 * "the"; or the word before names a town: "the Serbian capital Belgrade", "central London".
 */
function afterLocationWord(ctx: EntityContext, index: number): boolean {
  const { tokens } = ctx;
  let j = index - 1;
  if (j >= 0 && tokens[j].text.toLowerCase() === 'the') j--;
  if (j < 0) return false;
  const cues = locationCues();
  const word = tokens[j].text.toLowerCase();
  if (cues.prepositions.has(word) || cues.verbs.has(word)) return true;
  if (word === 'to' && j > 0) {
    if (cues.motion.has(tokens[j - 1].text.toLowerCase())) return true;
    // "from Omsk to Berlin": a journey's end.
    if (tokens.slice(Math.max(0, j - 4), j).some((t, k, near) => t.text === 'from' && near[k + 1]?.capitalised)) return true;
  }
  if (word === 'for' && j > 0 && cues.motionBeforeFor.has(tokens[j - 1].text.toLowerCase())) return true;
  // "the Serbian capital Belgrade", "in the capital, Tunis"; "central London" (no comma there).
  const prev = index - 1;
  const between = ctx.text.slice(tokens[prev].end, tokens[index].start);
  return (/^,?[ \t]+$/.test(between) && cues.capitalCues.has(tokens[prev].text))
    || (/^[ \t]+$/.test(between) && cues.townAdjectives.has(tokens[prev].text));
}

function toMention(entry: GazetteerEntry, ctx: EntityContext, from: number, to: number): EntityMention {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[to].end;
  const text = ctx.text.slice(start, end);
  // A capital or seat of government stands for the state ("Kyiv says", "the Kremlin's desire")
  // except where it is a location ("in Paris", "at the Elysee Palace") or a capital describes a
  // thing of the city ("a Kabul car bombing").
  if ((entry.form === 'capital' || entry.form === 'seat') && (afterLocationWord(ctx, from) || (entry.form === 'capital' && (capitalBeforeCommonNoun(ctx, to) || capitalOpensName(ctx, to))))) {
    return { start, end, text, type: 'Place', canonical: text.replace(/\s+/g, ' '), rule: `gazetteer:${entry.form}-place` };
  }
  return { start, end, text, type: entry.type, canonical: entry.canonical, rule: `gazetteer:${entry.form}` };
}
