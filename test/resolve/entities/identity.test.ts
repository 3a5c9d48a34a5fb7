import type { EntityMention } from '../../../src/types';
import { identify } from '../../../src/resolve/entities/identity';

const mention = (text: string, type: EntityMention['type'], rule: string, canonical?: string): EntityMention => ({
  start: 0, end: text.length, text, type, rule, ...(canonical ? { canonical } : {}),
});

describe('identity of places and organisations', () => {
  it.each([
    ['a town of the city list, keyed with its country', mention('Herat', 'Place', 'gazetteer:city', 'Herāt'), { key: 'place:herat-af', type: 'Place', name: 'Herāt', kind: 'city' }],
    ['"City, Region" is the city', mention('Irving, Texas', 'Place', 'gazetteer:city-region', 'Irving'), { key: 'place:irving-us', type: 'Place', name: 'Irving', kind: 'city' }],
    ['a town named with its region is the one there', mention('Durham, England', 'Place', 'gazetteer:city-region', 'Durham'), { key: 'place:durham-gb', name: 'Durham' }],
    ['the same name in another region', mention('Durham, North Carolina', 'Place', 'gazetteer:city-region', 'Durham'), { key: 'place:durham-us' }],
    ['a namesake of a capital', mention('Paris, Texas', 'Place', 'gazetteer:city-region', 'Paris'), { key: 'place:paris-us', kind: 'city' }],
    ['the capital itself', mention('Paris, France', 'Place', 'gazetteer:city-region', 'Paris'), { key: 'place:paris-fr' }],
    ['a capital with its country is the city', mention('Kabul, Afghanistan', 'Place', 'gazetteer:city-region', 'Kabul'), { key: 'place:kabul-af', type: 'Place', name: 'Kabul', kind: 'city' }],
    ['a curated state', mention('Texas', 'Place', 'gazetteer:name', 'Texas'), { key: 'place:texas-us', type: 'Place', kind: 'state' }],
    ['an unknown place keeps its name', mention('Shandao Station', 'Place', 'capitalised-sequence:place'), { key: 'place:shandao-station', type: 'Place' }],
    ['a known body after a country name', mention('United Kingdom Home Office', 'Organization', 'capitalised-sequence:organization'), { key: 'org:home-office', name: 'Home Office' }],
    ['a body named after a nation adjective is not the bare name\'s entry', mention('Libyan House of Representatives', 'Organization', 'capitalised-sequence:organization'), { key: 'org:libyan-house-of-representatives' }],
    ['the city list never gives a stop name ("Washington" is not the English town)', mention('Washington', 'Place', 'compromise:place'), { key: 'place:washington', type: 'Place' }],
    ['an unknown body keeps its whole name', mention('National Security Council', 'Organization', 'capitalised-sequence:organization'), { key: 'org:national-security-council' }],
    ['a company is keyed without its legal form', mention('McClatchy Co', 'Organization', 'company-cue'), { key: 'org:mcclatchy', name: 'McClatchy Co' }],
    ['a longer suffix', mention('Symplicity Corporation', 'Organization', 'capitalised-sequence:organization'), { key: 'org:symplicity' }],
    ['not when an ordinary word alone would be left', mention('Wrestling Inc', 'Organization', 'capitalised-sequence:organization'), { key: 'org:wrestling-inc' }],
    ['an outlet known only with its article', mention('The Hill', 'MediaOutlet', 'gazetteer:name', 'The Hill'), { key: 'org:the-hill', type: 'MediaOutlet', name: 'The Hill' }],
    ['an outlet known without its article too', mention('The Guardian', 'MediaOutlet', 'gazetteer:name', 'The Guardian'), { key: 'org:the-guardian', name: 'The Guardian' }],
    ['a part of a network is not its news division', mention('CBS Sports', 'MediaOutlet', 'gazetteer:outlet-unit'), { key: 'org:cbs-sports', type: 'MediaOutlet', name: 'CBS Sports' }],
    ['"EPA" alone is no photo agency', mention('EPA', 'Organization', 'capitalised-sequence:organization'), { key: 'org:epa', type: 'Organization' }],
  ])('%s', (_why, m, expected) => {
    expect(identify(m)).toMatchObject(expected);
  });
});

describe('identity of a town named without its region', () => {
  const valencia = mention('Valencia', 'Place', 'gazetteer:city');
  it.each([
    ['the largest namesake when the article names no country', new Set<string>(), 'place:valencia-ve'],
    ['the namesake in a country the article names', new Set(['ES']), 'place:valencia-es'],
    ['the largest namesake when no named country has one', new Set(['FR']), 'place:valencia-ve'],
    ['the largest namesake when its own country is named too', new Set(['ES', 'VE']), 'place:valencia-ve'],
  ])('%s', (_why, countries, key) => {
    expect(identify(valencia, { countries }).key).toBe(key);
  });
});
