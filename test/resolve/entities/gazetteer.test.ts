import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cityFor, cityIn, entriesFor, maxCityWordsStartingWith } from '../../../src/resolve/entities/gazetteer';
import type { CitiesFile } from '../../../src/resolve/entities/data';

describe('city list lookups', () => {
  it.each([
    ['a town', 'Greensboro', 'place:greensboro-us', 'US'],
    ['a name without its diacritics', 'Herat', 'place:herat-af', 'AF'],
    ['the name as GeoNames writes it', 'Herāt', 'place:herat-af', 'AF'],
    ['two words', 'Chapel Hill', 'place:chapel-hill-us', 'US'],
    ['the most populous of namesakes', 'Durham', 'place:durham-us', 'US'],
  ])('%s: %s', (_why, surface, key, iso2) => {
    expect(cityFor(surface)).toMatchObject({ key, iso2 });
  });

  it.each([
    ['a capital is the curated gazetteer\'s', 'Paris'],
    ['a US state is the curated gazetteer\'s', 'Texas'],
    ['lookups are case-sensitive', 'greensboro'],
    ['not a town', 'Countdown'],
    ['empty', ''],
  ])('none for %s (%s)', (_why, surface) => {
    expect(cityFor(surface)).toBeUndefined();
  });

  it.each([
    ['Durham', 'GB', 'place:durham-gb'],
    ['Paris', 'US', 'place:paris-us'],
    ['Herat', 'AF', 'place:herat-af'],
  ])('the %s in %s', (surface, iso2, key) => {
    expect(cityIn(surface, iso2)?.key).toBe(key);
  });

  it('no namesake in a country that has none', () => {
    expect(cityIn('Herat', 'US')).toBeUndefined();
  });

  it('bounds the scan window by the longest name starting with a word', () => {
    expect(maxCityWordsStartingWith('Chapel')).toBeGreaterThanOrEqual(2);
    expect(maxCityWordsStartingWith('Zzzz')).toBe(0);
  });

  it('keeps the city list out of the curated entries other rules consult', () => {
    expect(entriesFor('Greensboro')).toEqual([]);
    expect(entriesFor('Irving')).toEqual([]);
  });
});

describe('data/entities/cities.json', () => {
  const file = JSON.parse(readFileSync(join(__dirname, '../../../data/entities/cities.json'), 'utf8')) as CitiesFile & Record<string, unknown>;

  it('names its source and licence', () => {
    expect(String(file._source)).toContain('GeoNames');
    expect(String(file._licence)).toContain('CC BY 4.0');
  });

  it('has one row per name and country', () => {
    const seen = new Set(file.cities.map(([name, iso2]) => `${name}|${iso2}`));
    expect(seen.size).toBe(file.cities.length);
  });

  it('has well-formed rows above the population cut-off, largest first', () => {
    expect(file.cities.length).toBeGreaterThan(1000);
    let previous = Infinity;
    for (const [name, iso2, population, ...others] of file.cities) {
      expect(typeof name).toBe('string');
      expect(iso2).toMatch(/^[A-Z]{2}$/);
      expect(population).toBeGreaterThanOrEqual(file.minPopulation);
      expect(population).toBeLessThanOrEqual(previous);
      for (const o of others) expect(typeof o).toBe('string');
      previous = population;
    }
  });
});

describe('curated organisations and regions', () => {
  it.each([
    ['a website without a head word', 'GitLab', 'org:gitlab'],
    ['a website by its short name', 'Weibo', 'org:weibo'],
    ['a company by its short name', 'Ulta', 'org:ulta-beauty'],
    ['a company by its short name', 'Aramco', 'org:saudi-aramco'],
    ['an intergovernmental body', 'Interpol', 'org:interpol'],
  ])('%s: %s', (_why, surface, key) => {
    expect(entriesFor(surface).find((e) => e.type === 'Organization')?.key).toBe(key);
  });

  it('knows the Australian state Victoria beside the capital of the Seychelles', () => {
    expect(entriesFor('Victoria').map((e) => e.key)).toEqual(expect.arrayContaining(['place:victoria-au', 'country:sc']));
  });

  it.each([
    ['a venue sponsor that names arenas more often than the company', 'Verizon'],
    ['a brand that is an everyday word', 'Time'],
  ])('no organisation for %s (%s)', (_why, surface) => {
    expect(entriesFor(surface).some((e) => e.type === 'Organization')).toBe(false);
  });
});
