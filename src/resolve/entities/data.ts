// Loads the entity data files (data/entities/*.json) once. The folder sits three levels above both
// src/resolve/entities and dist/resolve/entities, so the same relative path works from source
// (tests) and from the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'entities');
const cache = new Map<string, unknown>();

export function loadEntityData<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    const path = join(DATA_DIR, file);
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new Error(`cannot load entity data ${path}: ${(err as Error).message}`);
    }
    cache.set(file, value);
  }
  return value as T;
}

export interface CountryExtrasFile {
  countries: Record<string, { name?: string; aliases?: string[]; demonyms?: string[]; seats?: string[] }>;
  ambiguous: string[];
  skipDemonyms: string[];
  skipAltSpellings: string[];
}

export interface NamedRecord {
  name: string;
  aliases?: string[];
  kind: string;
}

export interface PlaceRecord extends NamedRecord {
  iso2: string | null;
}

export interface TitlesFile {
  modifiers: string[];
  portfolios: string[];
  portfolioHeads: string[];
  heads: string[];
  honorifics: string[];
  nonRoleHeads: string[];
}

export interface StopWordsFile {
  weekdays: string[];
  months: string[];
  widget: string[];
  functionWords: string[];
  nameConnectors: string[];
  personParticles: string[];
  nonNameAcronyms: string[];
  languages: string[];
  adjectiveSuffixes: string[];
  monthsThatAreNames: string[];
}

export interface NameCuesFile {
  campusHeads: string[];
  determiners: string[];
  matchScoreAfter: string;
  matchScoreBefore: string;
  organizationHeads: string[];
  outletHeads: string[];
  placeHeads: string[];
  placePrefixes: string[];
  locationPrepositions: string[];
  speechVerbs: string[];
  placeCuePrepositions: string[];
}

export interface AliasesFile {
  persons: Record<string, string>;
}
