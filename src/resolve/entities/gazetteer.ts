// The entity gazetteer: countries (from the world-countries package plus news usage kept in
// data/entities/country-extras.json), places, organisations and news outlets, indexed by the exact
// surface forms they take in text. Later extractors import lookupCountry / lookupOutlet from here.
// Beside it, and kept apart on purpose, the city list (data/entities/cities.json, from GeoNames):
// thousands of town names, many of them also words or surnames ("Reading", "Jackson"), so they are
// weaker evidence than the curated names and only the gazetteer rule reads them (cityFor).
import worldCountries from 'world-countries';
import type { EntityType } from '../../types';
import { countryKey, orgKey, placeKey } from '../../keys';
import { tokenize } from '../../extract/entities/tokens';
import {
  loadEntityData,
  type CitiesFile,
  type CountryExtrasFile,
  type OrganizationRecord,
  type OutletRecord,
  type PlaceRecord,
} from './data';

/** How a surface form refers to its entry. Capitals and seats of government may stand for the state. */
export type SurfaceForm = 'name' | 'alias' | 'demonym' | 'capital' | 'seat';

export interface GazetteerEntry {
  type: EntityType;
  /** Canonical name, e.g. "United Kingdom" for "Britain". */
  canonical: string;
  key: string;
  form: SurfaceForm;
  kind?: string;
  iso2?: string;
  iso3?: string;
  /** Also a common first name or word: only trusted when no capitalised word follows. */
  ambiguous?: boolean;
}

export interface CountryInfo {
  key: string;
  name: string;
  iso2: string;
  iso3: string;
  capitals: string[];
}

export interface OutletInfo {
  key: string;
  name: string;
  kind: string;
}

export interface OrganizationInfo {
  key: string;
  name: string;
  kind: string;
}

interface Gazetteer {
  /** Exact surface form (apostrophes straightened, spaces folded) -> entries. */
  bySurface: Map<string, GazetteerEntry[]>;
  /** Lower-cased surface form -> entries, for lookups by callers that do not know the casing. */
  byLowerSurface: Map<string, GazetteerEntry[]>;
  countries: Map<string, CountryInfo>;
  /** First word of a surface form -> the most words a form starting with it has. */
  wordsAfterFirst: Map<string, number>;
  /** A name many countries' bodies bear ("Senate") -> the country of the body it is known as. */
  sharedNames: Map<string, string>;
  /** ISO codes of the countries whose name takes "the" after "of". */
  namesWithThe: Set<string>;
}

let built: Gazetteer | undefined;

/** The surface form as it is indexed: straight apostrophes, single spaces. */
export function surfaceKey(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

function gazetteer(): Gazetteer {
  if (!built) built = buildGazetteer();
  return built;
}

function buildGazetteer(): Gazetteer {
  const extras = loadEntityData<CountryExtrasFile>('country-extras.json');
  const places = loadEntityData<{ places: PlaceRecord[] }>('places.json').places;
  const organizations = loadEntityData<{ organizations: OrganizationRecord[] }>('organizations.json').organizations;
  const outlets = loadEntityData<{ outlets: OutletRecord[] }>('outlets.json').outlets;
  const ambiguous = new Set(extras.ambiguous);
  const skipDemonyms = new Set(extras.skipDemonyms);
  const skipAlt = new Set(extras.skipAltSpellings);

  const bySurface = new Map<string, GazetteerEntry[]>();
  const countries = new Map<string, CountryInfo>();
  const independent = new Set<string>();
  const declared = new Set<string>();
  const add = (surface: string, entry: GazetteerEntry) => {
    const k = surfaceKey(surface);
    if (!k) return;
    const list = bySurface.get(k) ?? [];
    // One entry per (key, form): world-countries and the extras file often repeat a form.
    if (list.some((e) => e.key === entry.key && e.form === entry.form)) return;
    list.push({ ...entry, ...(ambiguous.has(k) || entry.ambiguous ? { ambiguous: true } : {}) });
    bySurface.set(k, list);
  };

  for (const c of worldCountries) {
    const iso2 = c.cca2;
    const extra = extras.countries[iso2] ?? {};
    const name = extra.name ?? c.name.common;
    const key = countryKey(iso2);
    const base = { type: 'Country' as const, canonical: name, key, iso2, iso3: c.cca3 };
    countries.set(iso2, { key, name, iso2, iso3: c.cca3, capitals: c.capital ?? [] });
    if (c.independent) independent.add(key);
    if (extras.countries[iso2]) declared.add(key);
    add(name, { ...base, form: 'name' });
    add(c.name.common, { ...base, form: 'name' });
    if (/^[\x20-\x7e\u00c0-\u017f]+$/.test(c.name.official)) add(c.name.official, { ...base, form: 'alias' });
    for (const alt of c.altSpellings ?? []) {
      // Skip bare ISO codes ("FR", "IT" are words or noise), inverted forms ("Korea, Republic of")
      // and non-Latin spellings: news text does not use them.
      if (alt === iso2 || alt.includes(',') || skipAlt.has(alt) || !/^[\x20-\x7e\u00c0-\u017f]+$/.test(alt)) continue;
      add(alt, { ...base, form: 'alias' });
    }
    for (const alias of extra.aliases ?? []) add(alias, { ...base, form: 'alias' });
    const demonyms = new Set([...(extra.demonyms ?? [])]);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d && !skipDemonyms.has(d)) demonyms.add(d);
    for (const d of demonyms) add(d, { ...base, form: 'demonym' });
    for (const capital of c.capital ?? []) add(capital, { ...base, form: 'capital' });
    for (const seat of extra.seats ?? []) add(seat, { ...base, form: 'seat' });
  }
  for (const p of places) {
    const entry = {
      type: 'Place' as const,
      canonical: p.name,
      key: placeKey(p.name, p.iso2 ?? undefined),
      form: 'name' as const,
      kind: p.kind,
      ...(p.iso2 ? { iso2: p.iso2 } : {}),
      ...(p.ambiguous ? { ambiguous: true } : {}),
    };
    for (const s of [p.name, ...(p.aliases ?? [])]) add(s, entry);
  }
  const sharedNames = new Map<string, string>();
  for (const o of organizations) {
    const entry = { type: 'Organization' as const, canonical: o.name, key: orgKey(o.name), form: 'name' as const, kind: o.kind };
    for (const s of [o.name, ...(o.aliases ?? [])]) add(s, entry);
    for (const s of o.sharedNames ?? []) if (o.iso2) sharedNames.set(surfaceKey(s).toLowerCase(), o.iso2);
  }
  for (const o of outlets) {
    const entry = { type: 'MediaOutlet' as const, canonical: o.name, key: orgKey(o.name), form: 'name' as const, kind: o.kind, ...(o.iso2 ? { iso2: o.iso2 } : {}) };
    for (const s of [o.name, ...(o.aliases ?? [])]) add(s, entry);
  }

  // Several countries share a form ("French": France and the French Southern Lands). The form news
  // means is the one declared in the extras file, else an independent state's, else a name.
  const preference = (e: GazetteerEntry) =>
    (declared.has(e.key) ? 0 : 4) + (independent.has(e.key) ? 0 : 2) + (e.form === 'name' ? 0 : 1);
  for (const [surface, entries] of bySurface) {
    entries.sort((a, b) => preference(a) - preference(b));
    bySurface.set(surface, entries);
  }

  const byLowerSurface = new Map<string, GazetteerEntry[]>();
  const wordsAfterFirst = new Map<string, number>();
  for (const [surface, entries] of bySurface) {
    const lower = surface.toLowerCase();
    byLowerSurface.set(lower, [...(byLowerSurface.get(lower) ?? []), ...entries]);
    // Counted in tokens, as the scanning rule sees them ("U.S." is one, "Europe/Radio" two).
    const words = tokenize(surface).length;
    const first = firstWordOf(surface);
    wordsAfterFirst.set(first, Math.max(wordsAfterFirst.get(first) ?? 0, words));
  }
  return { bySurface, byLowerSurface, countries, wordsAfterFirst, sharedNames, namesWithThe: new Set(extras.namesWithThe) };
}

/** Entries for an exact (case-sensitive) surface form, best first. */
export function entriesFor(surface: string): GazetteerEntry[] {
  return gazetteer().bySurface.get(surfaceKey(surface)) ?? [];
}

/** The leading run of letters and digits of a surface form ("U" of "U.S.", "People" of "People's"). */
function firstWordOf(surface: string): string {
  return /^[\p{L}\p{N}]*/u.exec(surfaceKey(surface))?.[0] ?? '';
}

/** How many words the longest surface form starting with this word has; 0 when none starts with it. */
export function maxWordsStartingWith(word: string): number {
  return gazetteer().wordsAfterFirst.get(firstWordOf(word)) ?? 0;
}

function lookup(text: string): GazetteerEntry[] {
  const k = surfaceKey(text).replace(/^the\s+/i, '');
  const g = gazetteer();
  return g.bySurface.get(k) ?? g.byLowerSurface.get(k.toLowerCase()) ?? [];
}

/**
 * The country a name, alias, demonym/adjective, capital or seat of government refers to:
 * lookupCountry("French"), lookupCountry("Britain"), lookupCountry("the Kremlin").
 */
export function lookupCountry(text: string): CountryInfo | undefined {
  const hit = lookup(text).find((e) => e.type === 'Country');
  return hit?.iso2 ? gazetteer().countries.get(hit.iso2) : undefined;
}

export function countryByIso2(iso2: string): CountryInfo | undefined {
  return gazetteer().countries.get(iso2.toUpperCase());
}

/** A news outlet or agency by any of its names: lookupOutlet("Izvestia"), lookupOutlet("AFP"). */
export function lookupOutlet(text: string): OutletInfo | undefined {
  const hit = lookup(text).find((e) => e.type === 'MediaOutlet');
  return hit ? { key: hit.key, name: hit.canonical, kind: hit.kind ?? 'newspaper' } : undefined;
}

/** A known organisation (not an outlet) by any of its names: lookupOrganization("Nato"). */
export function lookupOrganization(text: string): OrganizationInfo | undefined {
  const hit = lookup(text).find((e) => e.type === 'Organization');
  return hit ? { key: hit.key, name: hit.canonical, kind: hit.kind ?? 'organization' } : undefined;
}

/**
 * The country of the body the gazetteer knows by a name that other countries' bodies bear too:
 * "Supreme Court" -> "US". Undefined for any other name.
 */
export function sharedNameCountry(text: string): string | undefined {
  return gazetteer().sharedNames.get(surfaceKey(text).replace(/^the\s+/i, '').toLowerCase());
}

/** A country's name as written after "of": "India", "the Philippines". */
export function countryNameAfterOf(iso2: string): string | undefined {
  const country = countryByIso2(iso2);
  if (!country) return undefined;
  return gazetteer().namesWithThe.has(country.iso2) ? `the ${country.name}` : country.name;
}

/** A town or city of the GeoNames list (data/entities/cities.json). */
export interface CityEntry {
  /** The GeoNames name, diacritics kept ("Herāt"). */
  canonical: string;
  key: string;
  iso2: string;
  population: number;
}

interface CityIndex {
  /** Surface form -> the places of that name, largest first; forms of the curated gazetteer left out. */
  bySurface: Map<string, CityEntry[]>;
  /** The same, all forms: namesakes of curated places too ("Paris" in Texas). */
  namesakes: Map<string, CityEntry[]>;
  wordsAfterFirst: Map<string, number>;
}

let cityIndex: CityIndex | undefined;

function buildCityIndex(): CityIndex {
  const curated = gazetteer().bySurface;
  const namesakes = new Map<string, CityEntry[]>();
  // Rows come largest first, so each list is in order of population.
  for (const [name, iso2, population, ...otherForms] of loadEntityData<CitiesFile>('cities.json').cities) {
    const entry: CityEntry = { canonical: name, key: placeKey(name, iso2), iso2, population };
    for (const form of new Set([name, ...otherForms].map(surfaceKey))) namesakes.set(form, [...(namesakes.get(form) ?? []), entry]);
  }
  // Names the city rules never take from the list ("Washington" is the US capital or state in news,
  // not the English town) must not resolve to it either, whichever rule found the mention.
  const stopNames = new Set(loadEntityData<{ cityRules: { stopNames: string[] } }>('places.json').cityRules.stopNames.map(surfaceKey));
  const bySurface = new Map<string, CityEntry[]>();
  const wordsAfterFirst = new Map<string, number>();
  for (const [form, entries] of namesakes) {
    // A curated name (a capital, a state, "Georgia", "Jordan") always wins over the city list.
    if (curated.has(form) || stopNames.has(form)) continue;
    bySurface.set(form, entries);
    const first = firstWordOf(form);
    wordsAfterFirst.set(first, Math.max(wordsAfterFirst.get(first) ?? 0, tokenize(form).length));
  }
  return { bySurface, namesakes, wordsAfterFirst };
}

function cities(): CityIndex {
  cityIndex ??= buildCityIndex();
  return cityIndex;
}

/** The largest place of the city list with this exact (case-sensitive) name, unless the curated gazetteer has the name. */
/** "Beverly Hills", "Karnataka": a town or place the gazetteer or the town list knows by that name. */
export function isKnownPlace(surface: string): boolean {
  return cityFor(surface) !== undefined || entriesFor(surface).some((e) => e.type === 'Place' || e.type === 'Country');
}

export function cityFor(surface: string): CityEntry | undefined {
  return cities().bySurface.get(surfaceKey(surface))?.[0];
}

/** Every place of the city list with this name, largest first; none when cityFor has none. */
export function citiesNamed(surface: string): CityEntry[] {
  return cities().bySurface.get(surfaceKey(surface)) ?? [];
}

/**
 * The place of the city list with this name in the given country ("Durham" in GB, "Paris" in
 * US), curated names included; undefined when the list has none there.
 */
export function cityIn(surface: string, iso2: string): CityEntry | undefined {
  return cities().namesakes.get(surfaceKey(surface))?.find((c) => c.iso2 === iso2);
}

/** How many words the longest city name starting with this word has; 0 when none starts with it. */
export function maxCityWordsStartingWith(word: string): number {
  return cities().wordsAfterFirst.get(firstWordOf(word)) ?? 0;
}

/** Every place of the city list with this name, largest first, namesakes of curated names included ("London" in Ontario). */
export function namesakesOf(surface: string): CityEntry[] {
  return cities().namesakes.get(surfaceKey(surface)) ?? [];
}

/**
 * The capital this one-word-or-more name is of, when the name is contested: a town of another
 * country of the city list bears it too, with at least contestedCapitalShare of the capital's
 * population ("Victoria": Seychelles, and Victoria in Canada). Undefined for a name that is no
 * capital, or whose capital is much the best known place of that name ("London", "Kingston").
 */
export function contestedCapitalOf(surface: string): string | undefined {
  const capital = entriesFor(surface).find((e) => e.type === 'Country');
  if (capital?.form !== 'capital' || !capital.iso2) return undefined;
  const places = namesakesOf(surface);
  const own = places.find((c) => c.iso2 === capital.iso2)?.population ?? 0;
  const share = loadEntityData<CountryExtrasFile>('country-extras.json').contestedCapitalShare;
  return places.some((c) => c.iso2 !== capital.iso2 && c.population >= share * own) ? capital.iso2 : undefined;
}
