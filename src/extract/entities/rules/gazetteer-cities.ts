// The city part of rule `gazetteer`: towns and cities of the GeoNames list
// (data/entities/cities.json), taken only where the text says a place is meant, because many town
// names are also words or surnames ("Reading", "Jackson", "Irving"); and "City, Region" names
// ("Irving, Texas") over the matches of both parts. How cues are read is set in places.json
// (cityRules).
import type { EntityMention } from '../../../types';
import { type CityEntry, cityFor, cityIn, entriesFor, maxCityWordsStartingWith } from '../../../resolve/entities/gazetteer';
import { loadEntityData } from '../../../resolve/entities/data';
import type { EntityContext } from '../rule';
import { isPlaceName, overlaps } from '../rule';
import { headWords, isNameHead, isStopWord, wordLists } from '../word-lists';
import { lowerCaseWords } from '../context';
import { lexiconTags } from '../lexicon';

/**
 * "Irving, Texas", "Kabul, Afghanistan": a city followed by its state, province or country is one
 * place name as well (proposed beside the two names; the region stays a mention of its own).
 * Its canonical is the city as written, which names the place.
 */
export function citiesWithRegion(ctx: EntityContext, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const city of mentions) {
    if (!isCityMention(city)) continue;
    const gap = /^,[ \t]+/.exec(ctx.text.slice(city.end, city.end + 4));
    // The longest name after the comma: "Virginia Beach, Virginia Beach, VA" names the city twice.
    const after = mentions.filter((m) => gap && m.start === city.end + gap[0].length).sort((a, b) => b.end - a.end)[0];
    const region = after && isRegion(after) ? after : undefined;
    if (!region) continue;
    const text = ctx.text.slice(city.start, region.end);
    out.push({ start: city.start, end: region.end, text, type: 'Place', canonical: city.text, rule: 'gazetteer:city-region' });
  }
  return out;
}

/** A town or city: from the city list, a curated city, or a capital (which, followed by its country, is the city). */
function isCityMention(m: EntityMention): boolean {
  if (m.rule === 'gazetteer:city' || m.rule === 'gazetteer:capital' || m.rule === 'gazetteer:capital-place') return true;
  return m.type === 'Place' && m.rule === 'gazetteer:name' && entriesFor(m.text).some((e) => e.type === 'Place' && e.kind === 'city');
}

interface CityRulesFile {
  trustedPopulation: number;
  placeTags: string[];
  cuePrepositions: string[];
  strongCuePrepositions: string[];
  skipBefore: string[];
  stopNames: string[];
}

type CityRules = { trustedPopulation: number } & { [K in Exclude<keyof CityRulesFile, 'trustedPopulation'>]: Set<string> };

let cityRules: CityRules | undefined;

function rulesForCities(): CityRules {
  if (!cityRules) {
    const r = loadEntityData<{ cityRules: CityRulesFile }>('places.json').cityRules;
    cityRules = {
      trustedPopulation: r.trustedPopulation,
      placeTags: new Set(r.placeTags),
      cuePrepositions: new Set(r.cuePrepositions),
      strongCuePrepositions: new Set(r.strongCuePrepositions),
      skipBefore: new Set(r.skipBefore),
      stopNames: new Set(r.stopNames),
    };
  }
  return cityRules;
}

interface CityCandidate {
  from: number;
  to: number;
  surface: string;
  city: CityEntry;
}

/** City mentions beside the known names already matched (`known`), which they never overlap. */
export function proposeCities(ctx: EntityContext, known: EntityMention[]): EntityMention[] {
  const { stopNames } = rulesForCities();
  // "Virginia Beach", "Iowa City": a city whose name opens with a known state or country is taken
  // over it (the refiner nested-places then drops the state inside).
  const blocks = (k: EntityMention, span: { start: number; end: number }) =>
    overlaps(k, span) && !(isPlaceName(k) && k.start === span.start && k.end < span.end);
  const candidates = findCityNames(ctx).filter((c) => !stopNames.has(c.surface) && !known.some((k) => blocks(k, spanOf(ctx, c))));
  const fitting = candidates.filter((c) => fitsNeighbours(ctx, c, known));
  // A city named once with a cue ("from Herat") is the same city where it stands alone later.
  // Left to right, so that a list shares its first item's cue ("from Sochi and Herat").
  const cued = new Set<string>();
  const cuedPlaces: { start: number; end: number }[] = [...known.filter(isPlaceName)];
  for (const c of fitting) {
    if (!hasPlaceCue(ctx, c, known) && !inListOfPlaces(ctx, c, cuedPlaces)) continue;
    cued.add(c.surface);
    cuedPlaces.push(spanOf(ctx, c));
  }
  return fitting
    .filter((c) => cued.has(c.surface) || (isTrustedAlone(c) && !isOtherWord(ctx, c)))
    .map((c) => ({ ...spanOf(ctx, c), text: c.surface, type: 'Place' as const, canonical: c.city.canonical, rule: 'gazetteer:city' }));
}

/** Longest city names over capitalised words, left to right. */
function findCityNames(ctx: EntityContext): CityCandidate[] {
  const { tokens, text } = ctx;
  const out: CityCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].capitalised) continue;
    const max = maxCityWordsStartingWith(tokens[i].text);
    for (let n = Math.min(max, tokens.length - i); n >= 1; n--) {
      const surface = text.slice(tokens[i].start, tokens[i + n - 1].end);
      if (n > 1 && surface.includes('\n')) continue;
      const city = cityFor(surface);
      if (!city) continue;
      out.push({ from: i, to: i + n - 1, surface, city });
      i += n - 1;
      break;
    }
  }
  return out;
}

const spanOf = (ctx: EntityContext, c: CityCandidate) => ({ start: ctx.tokens[c.from].start, end: ctx.tokens[c.to].end });

/** Only spaces between tokens a and b. */
const spaced = (ctx: EntityContext, a: number, b: number) =>
  a >= 0 && b < ctx.tokens.length && /^[ \t]+$/.test(ctx.text.slice(ctx.tokens[a].end, ctx.tokens[b].start));

/** Only spaces, or an ampersand ("Mary & Leigh"), between tokens a and b: they may be one name. */
const joined = (ctx: EntityContext, a: number, b: number) =>
  spaced(ctx, a, b) || (a >= 0 && b < ctx.tokens.length && /^[ \t]*&[ \t]*$/.test(ctx.text.slice(ctx.tokens[a].end, ctx.tokens[b].start)));

/** A capitalised word joined to the name's last word, the name not ending in a possessive. */
const capitalisedAfter = (ctx: EntityContext, c: CityCandidate) =>
  !ctx.tokens[c.to].possessive && joined(ctx, c.to, c.to + 1) && ctx.tokens[c.to + 1].capitalised;

/** A known country or region mention ending at token `i` ("Texas" before "Arlington"). */
function knownPlaceEndingAt(ctx: EntityContext, i: number, known: EntityMention[]): EntityMention | undefined {
  const end = ctx.tokens[i].end;
  return known.find((k) => k.end === end && (k.type === 'Place' || k.type === 'Country') && k.rule !== 'gazetteer:demonym');
}

/** The mention names a country, state, province or region, not a city ("Texas", not "Jakarta"). */
function isRegion(m: EntityMention): boolean {
  if (m.type === 'Country') return m.rule === 'gazetteer:name' || m.rule === 'gazetteer:alias';
  return entriesFor(m.text).some((e) => e.type === 'Place' && e.kind !== undefined && REGION_KINDS.has(e.kind));
}

const REGION_KINDS = new Set(['state', 'province', 'region']);

/**
 * The city name is a name of its own: not a stop word or a language, not shouted, and not part of
 * a longer capitalised name ("Washington Irving", "Austin Powers", "Mary & Leigh") unless what
 * follows is a body or a building named after the city ("Irving Police Department", "Volgograd
 * Arena") or what precedes it is its region ("University of Texas Arlington").
 */
function fitsNeighbours(ctx: EntityContext, c: CityCandidate, known: EntityMention[]): boolean {
  const { tokens } = ctx;
  const words = tokens.slice(c.from, c.to + 1);
  const lists = wordLists();
  if (words.some((w) => isStopWord(w.text) || lists.languages.has(w.text) || w.allCaps)) return false;
  if (ctx.excluded.some((x) => overlaps(x, spanOf(ctx, c)))) return false;
  const prev = tokens[c.from - 1];
  if (prev && prev.capitalised && !prev.possessive && !isStopWord(prev.text) && joined(ctx, c.from - 1, c.from) && !knownPlaceEndingAt(ctx, c.from - 1, known)) return false;
  // "Surigao del Sur": the end of a longer name with a particle inside ("Crusius of Allen" is not).
  const beforePrev = tokens[c.from - 2];
  if (prev && beforePrev?.capitalised && lists.personParticles.has(prev.text) && spaced(ctx, c.from - 2, c.from - 1) && spaced(ctx, c.from - 1, c.from)) return false;
  // "in Batman: Arkham VR", "Counter-Strike: Global Offensive": the title of a work.
  const next = tokens[c.to + 1];
  if (next?.capitalised && /^:[ \t]+$/.test(ctx.text.slice(tokens[c.to].end, next.start)) && !ctx.sentenceStartTokens.has(c.from)) return false;
  return !capitalisedAfter(ctx, c) || headFollows(ctx, c.to, known);
}

/**
 * A head word ("Arena", "Police", "District") in the run of capitalised words right after token
 * `to`, with no other known place in between ("Metro Toronto Convention Centre" is Toronto's).
 */
function headFollows(ctx: EntityContext, to: number, known: EntityMention[], heads?: Set<string>): boolean {
  const lists = wordLists();
  for (let j = to + 1; j < ctx.tokens.length && j <= to + 4 && spaced(ctx, j - 1, j); j++) {
    const t = ctx.tokens[j];
    if (known.some((k) => k.start === t.start)) return false;
    if (t.capitalised && (heads ? heads.has(t.text) : isNameHead(t.text))) return true;
    if (t.possessive || (!t.capitalised && !lists.nameConnectors.has(t.text))) return false;
  }
  return false;
}

/** Words around the name that say a place is meant (see places.json, cityRules). */
function hasPlaceCue(ctx: EntityContext, c: CityCandidate, known: EntityMention[]): boolean {
  const { tokens, text } = ctx;
  const { cuePrepositions, strongCuePrepositions, skipBefore } = rulesForCities();
  const otherWord = isOtherWord(ctx, c);
  // "from Herat", "in downtown Taipei", "at Chapel Hill"; not "at Imperial College".
  let j = c.from - 1;
  while (j >= 0 && skipBefore.has(tokens[j].text.toLowerCase()) && spaced(ctx, j, j + 1) && c.from - j < 3) j--;
  const prepositions = otherWord ? strongCuePrepositions : cuePrepositions;
  // A possessive says little for a name that is also a word or a person's ("in Warren's campaign").
  const possessive = otherWord && tokens[c.to].possessive;
  if (j >= 0 && spaced(ctx, j, j + 1) && prepositions.has(tokens[j].text.toLowerCase()) && !capitalisedAfter(ctx, c) && !possessive) return true;
  // "Irving, Texas", "Herat, Afghanistan".
  const next = tokens[c.to + 1];
  if (next && /^,[ \t]+$/.test(text.slice(tokens[c.to].end, next.start))) {
    if (known.some((k) => k.start === next.start && (k.type === 'Country' || k.type === 'Place') && k.rule !== 'gazetteer:demonym')) return true;
  }
  if (otherWord) return false;
  // "Volgograd Arena" (a place named after the city; "Imperial College", "Princeton University" are not cues).
  if (capitalisedAfter(ctx, c) && headFollows(ctx, c.to, known, wordLists().placeHeads)) return true;
  // "Texas Arlington"; not "Jakarta Bay".
  const region = c.from > 0 && spaced(ctx, c.from - 1, c.from) ? knownPlaceEndingAt(ctx, c.from - 1, known) : undefined;
  return region !== undefined && isRegion(region);
}


/**
 * "Sochi and Herat", "Kharkiv, Odesa or Lviv": the next item of a list whose previous item is a
 * place. A comma alone links list items only when the list goes on after the name ("In Kyiv,
 * Zelensky said" is no list).
 */
function inListOfPlaces(ctx: EntityContext, c: CityCandidate, places: { start: number; end: number }[]): boolean {
  if (isOtherWord(ctx, c)) return false;
  const before = ctx.text.slice(Math.max(0, ctx.tokens[c.from].start - 8), ctx.tokens[c.from].start);
  const link = /(?:[ \t]+(?:and|or)[ \t]+|,[ \t]*(?:and|or)[ \t]+|,[ \t]*)$/.exec(before);
  if (!link) return false;
  if (!/\b(?:and|or)\b/.test(link[0]) && !/^(?:,|[ \t]+(?:and|or)[ \t])/.test(ctx.text.slice(ctx.tokens[c.to].end, ctx.tokens[c.to].end + 6))) return false;
  const end = ctx.tokens[c.from].start - link[0].length;
  return places.some((p) => p.end === end);
}

/**
 * A one-word name that is also a word, given name or surname (compromise's lexicon), or that the
 * article writes in lower case. Names of several capitalised words ("Chapel Hill", "Long Beach")
 * are names even when each word is an ordinary one.
 */
function isOtherWord(ctx: EntityContext, c: CityCandidate): boolean {
  if (c.from !== c.to) return false;
  const word = ctx.tokens[c.from].text;
  return lowerCaseWords(ctx).has(word.toLowerCase()) || lexiconTags(word).some((t) => !rulesForCities().placeTags.has(t));
}

/** A city large enough to be taken without a cue when its name is no other word. */
const isTrustedAlone = (c: CityCandidate) => c.city.population >= rulesForCities().trustedPopulation;

/** What the head word of a longer name that a city opens tells about the city. */
type NameAfterCity = 'venue' | 'place' | 'event' | 'document' | 'outlet';

interface NameHeadSets {
  /** Venues and transport hubs, named after the town they stand in ("Volgograd Arena"). */
  venue: Set<string>;
  /** Street, building and area heads ("Gladstone Avenue", "Blenheim Palace", "Palm Beach County"). */
  place: Set<string>;
  /** "Stanley Cup", "London Marathon". */
  event: Set<string>;
  /** "Paris Agreement", "Minsk Protocol". */
  document: Set<string>;
  /** "The Jakarta Post", "Moscow Times". */
  outlet: Set<string>;
}

let nameHeadSets: NameHeadSets | undefined;

function nameHeads(): NameHeadSets {
  if (!nameHeadSets) {
    const lists = wordLists();
    const heads = headWords();
    nameHeadSets = {
      venue: lists.venueHeads,
      place: new Set([...lists.placeHeads, ...heads.facilityHeads]),
      event: heads.eventHeads,
      document: lists.documentHeads,
      outlet: lists.outletHeads,
    };
  }
  return nameHeadSets;
}

/**
 * A city or capital that opens a longer capitalised name ("Stanley Cup", "Gladstone Avenue",
 * "Paris Agreement", "The Jakarta Post") is a word of that name, not a mention of the town, and
 * still less of its state: the Falklands' capital says nothing in "Stanley Cup title", nor does
 * the New Zealand town in "Blenheim Palace". Such mentions are dropped, with two exceptions: a
 * street, venue, area or event named after a town lies in that town when the article names the
 * town's country as well ("Gladstone Avenue" beside "Australia"); and a venue or station opened
 * by a large city is in that city ("Volgograd Arena", "Tokyo Station"), whereas streets and parks
 * often honour a place elsewhere. The city then stays, as a location. An agreement or a newspaper
 * never marks a location. Bodies ("Fort Worth Police Department",
 * "Beijing Chaoyang Hospital") are left alone: their city is a real location hint.
 */
export function withoutCitiesOpeningNames(ctx: EntityContext, mentions: EntityMention[]): EntityMention[] {
  const opening = new Map<EntityMention, NameAfterCity>();
  for (const m of mentions) {
    const head = isCityOrCapital(m) ? nameAfterCity(ctx, m) : undefined;
    if (head) opening.set(m, head);
  }
  if (opening.size === 0) return mentions;
  const named = new Set(mentions.filter((m) => !opening.has(m)).map(countryOf).filter((c): c is string => c !== undefined));
  // A town of that name in a country the article names (also a namesake: "Paris" in Texas).
  const inNamedCountry = (m: EntityMention) => [...named].some((iso2) => countryOf(m) === iso2 || cityIn(m.text, iso2) !== undefined);
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const head = opening.get(m);
    if (!head) out.push(m);
    else if ((head === 'venue' || head === 'place' || head === 'event') && inNamedCountry(m)) out.push(asLocation(m));
    else if (head === 'venue' && isLargeCity(m)) out.push(asLocation(m));
  }
  return out;
}

/** A town or city (from the city list or curated) or a capital; not a seat of government ("White House"). */
function isCityOrCapital(m: EntityMention): boolean {
  return m.rule === 'gazetteer:capital' || m.rule === 'gazetteer:capital-place' || isCityMention(m);
}

/**
 * The kind of name the city opens: a place head word right after it ("Avenue", "County"), or the
 * last of the capitalised words after it an event, document or outlet head ("London Film
 * Festival", "Paris Climate Agreement"). Only spaces may stand between the words.
 */
function nameAfterCity(ctx: EntityContext, m: EntityMention): NameAfterCity | undefined {
  const { tokens } = ctx;
  const at = tokens.findIndex((t) => t.end === m.end);
  if (at < 0 || tokens[at].possessive) return undefined;
  const heads = nameHeads();
  let last = at;
  while (last + 1 < tokens.length && last - at < 4 && tokens[last + 1].capitalised && spaced(ctx, last, last + 1)) {
    last++;
    if (tokens[last].possessive) break;
  }
  if (last === at) return undefined;
  if (heads.venue.has(tokens[at + 1].text)) return 'venue';
  if (heads.place.has(tokens[at + 1].text)) return 'place';
  // A paper is named after its town right before the head ("Tehran Times"); "Mysuru–Bengaluru
  // Tippu Express" is a train.
  if (heads.outlet.has(tokens[at + 1].text)) return 'outlet';
  const lastWord = tokens[last].text;
  if (heads.document.has(lastWord)) return 'document';
  if (heads.event.has(lastWord)) return 'event';
  return undefined;
}

/** ISO code of the country a country, capital, region or town mention lies in, when known. */
function countryOf(m: EntityMention): string | undefined {
  if (m.type !== 'Country' && m.type !== 'Place') return undefined;
  if (m.rule === 'gazetteer:city') return cityFor(m.text)?.iso2;
  return entriesFor(m.text).find((e) => (e.type === 'Country' || e.type === 'Place') && e.iso2)?.iso2;
}

/**
 * A well-known city of the curated gazetteer (places.json), or a town of at least the population
 * trusted without a cue (cityRules), in the country meant.
 */
function isLargeCity(m: EntityMention): boolean {
  if (m.rule === 'gazetteer:name') return true;
  const iso2 = countryOf(m);
  const city = (iso2 ? cityIn(m.text, iso2) : undefined) ?? cityFor(m.text);
  return city !== undefined && city.population >= rulesForCities().trustedPopulation;
}

/**
 * A capital read as its state becomes the city, a location ("Tokyo Station": the station is in
 * Tokyo; "Real Madrid": the club is named after the city); other mentions stay as they are.
 */
export function asLocation(m: EntityMention): EntityMention {
  if (m.rule !== 'gazetteer:capital') return m;
  return { ...m, type: 'Place', canonical: m.text.replace(/\s+/g, ' '), rule: 'gazetteer:capital-place' };
}
