// Identity: the stable key, canonical name and kind of the entity a mention names, so that the
// same person, country or organisation gets one key in every article (spec/graph-model.md).
import type { EntityMention, EntityType } from '../../types';
import { orgKey, personKey, placeKey } from '../../keys';
import { loadEntityData, type AliasesFile } from './data';
import {
  cityFor, cityIn, citiesNamed, contestedCapitalOf, countryNameAfterOf, entriesFor, lookupCountry, lookupOrganization, lookupOutlet, sharedNameCountry, type CityEntry, type GazetteerEntry,
} from './gazetteer';
import { wordLists } from '../../extract/entities/word-lists';
import { isOrdinaryWord } from '../../extract/entities/lexicon';

export interface Identity {
  key: string;
  type: EntityType;
  name: string;
  iso2?: string;
  iso3?: string;
  kind?: string;
}

let personAliases: Map<string, string> | undefined;

/** The canonical full name of a person: alias table first ("Volodymyr Zelenskyy" -> "Volodymyr Zelensky"). */
export function canonicalPersonName(name: string): string {
  if (!personAliases) {
    const table = loadEntityData<AliasesFile>('aliases.json').persons;
    personAliases = new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
  }
  const clean = name.replace(/\s+/g, ' ').trim();
  return personAliases.get(clean.toLowerCase()) ?? clean;
}

/** Name as written without a leading article: "the Trump administration" -> "Trump administration". */
const bare = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');

/**
 * "United Kingdom Home Office" -> "Home Office": the name after a leading country name. Not after an
 * adjective: "Libyan House of Representatives" is not the body the bare "House of Representatives"
 * names in the data (the US House), and the data does not say which country a body belongs to.
 */
function withoutLeadingCountry(name: string): string {
  const words = name.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (entriesFor(words.slice(0, n).join(' ')).some((e) => e.type === 'Country' && e.form !== 'demonym')) return words.slice(n).join(' ');
  }
  return name;
}

/**
 * "Senate", "Supreme Court", "House of Commons": names that many countries' bodies bear, known to the
 * gazetteer as one country's (organizations.json sharedNames). Another country's name or adjective
 * before it ("India Supreme Court", "the Philippine Senate"), or an article about another country
 * (countryOfArticle), makes it that country's body: "Supreme Court of India",
 * the key its full name would have. Undefined when the name is no shared name or the country is
 * the known body's own.
 */
function bodyOfCountry(name: string, context: IdentityContext): Identity | undefined {
  const words = name.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 0; n--) {
    const rest = words.slice(n).join(' ');
    const owner = sharedNameCountry(rest);
    if (!owner) continue;
    const country = n > 0 ? lookupCountry(words.slice(0, n).join(' '))?.iso2 : countryOfArticle(owner, context);
    if (n > 0 && !country) continue;
    const countryName = country && country !== owner ? countryNameAfterOf(country) : undefined;
    if (!countryName) return undefined;
    const local = `${rest.replace(/^the /i, '')} of ${countryName}`;
    return { key: orgKey(local), type: 'Organization', name: local, kind: lookupOrganization(rest)?.kind };
  }
  return undefined;
}

/**
 * The country an article is about, as far as a shared name ("Senate") goes: the one it names most,
 * and more than twice as often as the known body's country. A US story about Ukraine names the US
 * too, and there "the Senate" is the US Senate.
 */
function countryOfArticle(owner: string, context: IdentityContext): string | undefined {
  const ranked = [...(context.countryCounts ?? [])].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return undefined;
  const [top, count] = ranked[0];
  return count > 2 * (context.countryCounts?.get(owner) ?? 0) ? top : undefined;
}

/**
 * "ABC": an alias outlets of several countries bear (outlets.json iso2) is the outlet of the country
 * the article names most among theirs, else the first listed. Undefined for any other name.
 */
function outletOfCountry(text: string, context: IdentityContext): Identity | undefined {
  const outlets = entriesFor(bare(text)).filter((e) => e.type === 'MediaOutlet' && e.iso2);
  if (new Set(outlets.map((e) => e.key)).size < 2) return undefined;
  const named = (e: GazetteerEntry) => context.countryCounts?.get(e.iso2 ?? '') ?? 0;
  const best = outlets.reduce((a, b) => (named(b) > named(a) ? b : a));
  return { key: best.key, type: 'MediaOutlet', name: best.canonical, kind: best.kind ?? 'broadcaster' };
}

/** What the rest of the article says that helps to identify one mention. */
export interface IdentityContext {
  /** ISO codes of the countries the article names. */
  countries?: ReadonlySet<string>;
  /** How often the article names each country (by ISO code), its known states and towns included. */
  countryCounts?: ReadonlyMap<string, number>;
}

/**
 * "Melbourne and Victoria": a capital whose name a town elsewhere bears too (contestedCapitalOf),
 * in an article that names its country no other way (`named`: the ISO codes the article names
 * by country names, demonyms, uncontested capitals and known places), is not the capital. It is
 * the curated region of that name in a country the article names (the Australian state), else a
 * place of that name in no known country. Undefined for any other mention.
 */
export function capitalWithoutCountry(m: EntityMention, named: ReadonlySet<string>): Identity | undefined {
  if (m.type !== 'Country' && m.type !== 'Place') return undefined;
  const iso2 = contestedCapitalOf(m.text);
  if (!iso2 || named.has(iso2)) return undefined;
  const name = bare(m.text);
  const region = entriesFor(name).find((e) => e.type === 'Place' && e.iso2 !== undefined && named.has(e.iso2));
  if (region) return { key: region.key, type: 'Place', name: region.canonical, ...(region.kind ? { kind: region.kind } : {}) };
  return { key: placeKey(name), type: 'Place', name };
}

function identifyCityInRegion(m: EntityMention, cityText: string, context: IdentityContext): Identity {
  const region = m.text.slice(m.text.indexOf(cityText) + cityText.length).replace(/^[\s,]+/, '');
  const iso2 = entriesFor(region).find((e) => (e.type === 'Country' || e.type === 'Place') && e.iso2)?.iso2;
  const city = iso2 ? cityIn(cityText, iso2) : undefined;
  // The city list has it in that country, and it is not the capital the name is curated as.
  if (city && !entriesFor(cityText).some((e) => e.iso2 === iso2)) return { key: city.key, type: 'Place', name: city.canonical, kind: 'city' };
  return identify({ ...m, text: cityText, canonical: undefined, rule: 'gazetteer:city' }, context);
}

/**
 * A town named without its region: the largest namesake in a country the article names ("Valencia"
 * in an article about Spain), else the largest anywhere.
 */
function townFor(surface: string, context: IdentityContext): CityEntry | undefined {
  const largest = cityFor(surface);
  if (!largest || !context.countries?.size || context.countries.has(largest.iso2)) return largest;
  return citiesNamed(surface).find((c) => context.countries!.has(c.iso2)) ?? largest;
}

export function identify(m: EntityMention, context: IdentityContext = {}): Identity {
  const name = bare(m.canonical ?? m.text);
  switch (m.type) {
    case 'Person': {
      const canonical = canonicalPersonName(name);
      return { key: personKey(canonical), type: 'Person', name: canonical };
    }
    case 'Country': {
      const c = lookupCountry(name) ?? lookupCountry(m.text);
      if (c) return { key: c.key, type: 'Country', name: c.name, iso2: c.iso2, iso3: c.iso3 };
      // A country the gazetteer does not know has no ISO code: keep it as a place.
      return { key: placeKey(name), type: 'Place', name, kind: 'region' };
    }
    case 'Place': {
      // "Irving, Texas" is the place its first part names, in the region's country ("Durham, England").
      if (m.rule === 'gazetteer:city-region' && m.canonical) return identifyCityInRegion(m, m.canonical, context);
      // A dateline's town is written in capitals ("MADRID"); its canonical form ("Madrid") is looked up.
      const asWritten = entriesFor(m.text);
      const entries = asWritten.length > 0 ? asWritten : entriesFor(name);
      const known = entries.find((e) => e.type === 'Place');
      if (known) return { key: known.key, type: 'Place', name: known.canonical, kind: known.kind };
      // A capital or seat of government named as a location: the city carries its country.
      const seatOf = entries.find((e) => e.type === 'Country' && (e.form === 'capital' || e.form === 'seat'));
      if (seatOf) {
        return { key: placeKey(name, seatOf.iso2), type: 'Place', name, kind: seatOf.form === 'capital' ? 'city' : 'building' };
      }
      const country = lookupCountry(name);
      if (country) return { key: country.key, type: 'Country', name: country.name, iso2: country.iso2, iso3: country.iso3 };
      // A town of the GeoNames list: keyed with its country, so that "Herat" and "Herāt" are one place.
      const city = townFor(m.text, context) ?? townFor(name, context);
      if (city) return { key: city.key, type: 'Place', name: city.canonical, kind: 'city' };
      return { key: placeKey(name), type: 'Place', name };
    }
    case 'MediaOutlet': {
      const shared = outletOfCountry(m.text, context);
      if (shared) return shared;
      const o = lookupOutlet(name);
      if (o) return { key: o.key, type: 'MediaOutlet', name: o.name, kind: o.kind };
      // "The Hill": an outlet whose name keeps its article is known by its full name only.
      const full = entriesFor((m.canonical ?? m.text).replace(/\s+/g, ' ').trim()).find((e) => e.type === 'MediaOutlet');
      if (full) return { key: full.key, type: 'MediaOutlet', name: full.canonical, kind: full.kind ?? 'newspaper' };
      // A journal found by its context ("published in Nature Astronomy") but not known by name.
      const kind = m.rule.startsWith('journal:') ? 'journal' : undefined;
      return { key: orgKey(name), type: 'MediaOutlet', name: m.text.replace(/\s+/g, ' ').trim(), ...(kind ? { kind } : {}) };
    }
    case 'Organization': {
      const local = bodyOfCountry(bare(m.text), context);
      if (local) return local;
      const o = lookupOrganization(name) ?? lookupOrganization(withoutLeadingCountry(name));
      if (o) return { key: o.key, type: 'Organization', name: o.name, kind: o.kind };
      const outlet = lookupOutlet(name);
      if (outlet) return { key: outlet.key, type: 'MediaOutlet', name: outlet.name, kind: outlet.kind };
      return { key: orgKey(withoutCorporateSuffix(withCountryNameFirst(name))), type: 'Organization', name };
    }
  }
}

/**
 * "U.S. Prohibition Party", "US Prohibition Party" -> "United States Prohibition Party", for the key
 * only: a country's abbreviation before a body's name is spelled out, so that the body gets one
 * key however an article abbreviates it. Only abbreviations ("U.S.", "UK"), not other aliases:
 * "America First" and "Britain's Got Talent" are names of their own.
 */
function withCountryNameFirst(name: string): string {
  const [first, ...rest] = name.split(' ');
  if (rest.length === 0 || !/^(?:\p{Lu}\.?){2,3}$/u.test(first)) return name;
  const country = entriesFor(first).find((e) => e.type === 'Country' && e.form === 'alias');
  return country ? [country.canonical, ...rest].join(' ') : name;
}

/**
 * "McClatchy Co.", "HDT Limited": the company's name without its legal form, for its key, so that
 * the company is one node whether an article writes the suffix or not ("McClatchy" two lines
 * later, or in another article).
 */
function withoutCorporateSuffix(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1].replace(/\.$/, '');
  if (words.length < 2 || !wordLists().corporateSuffixes.has(last)) return name;
  const bare = words.slice(0, -1).join(' ').replace(/,$/, '');
  // "Wrestling Inc": an ordinary word alone names nothing in particular; the suffix stays.
  return /\s/.test(bare) || !isOrdinaryWord(bare) ? bare : name;
}
