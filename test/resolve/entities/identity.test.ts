import type { EntityMention } from '../../../src/types';
import { capitalWithoutCountry, identify } from '../../../src/resolve/entities/identity';
import { contestedCapitalOf } from '../../../src/resolve/entities/gazetteer';

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
    ['a dateline\'s capital in capitals is the city', mention('MADRID', 'Place', 'dateline-place', 'Madrid'), { key: 'place:madrid-es', type: 'Place', kind: 'city' }],
    ['a dateline\'s town in capitals', mention('CLEVELAND', 'Place', 'dateline-place', 'Cleveland'), { key: 'place:cleveland-us', type: 'Place' }],
    ['an unknown place keeps its name', mention('Shandao Station', 'Place', 'capitalised-sequence:place'), { key: 'place:shandao-station', type: 'Place' }],
    ['a known body after a country name', mention('United Kingdom Home Office', 'Organization', 'capitalised-sequence:organization'), { key: 'org:home-office', name: 'Home Office' }],
    ['another nation\'s body of a shared name is not the known one', mention('Libyan House of Representatives', 'Organization', 'capitalised-sequence:organization'), { key: 'org:house-of-representatives-of-libya', name: 'House of Representatives of Libya' }],
    ['the city list never gives a stop name ("Washington" is not the English town)', mention('Washington', 'Place', 'compromise:place'), { key: 'place:washington', type: 'Place' }],
    ['an unknown body keeps its whole name', mention('National Security Council', 'Organization', 'capitalised-sequence:organization'), { key: 'org:national-security-council' }],
    ['a country\'s abbreviation before a body is spelled out in the key', mention('U.S. Prohibition Party', 'Organization', 'capitalised-sequence:organization'), { key: 'org:united-states-prohibition-party', name: 'U.S. Prohibition Party' }],
    ['the same key without dots', mention('US Prohibition Party', 'Organization', 'capitalised-sequence:organization'), { key: 'org:united-states-prohibition-party' }],
    ['the same key spelled out', mention('United States Prohibition Party', 'Organization', 'capitalised-sequence:organization'), { key: 'org:united-states-prohibition-party' }],
    ['another alias opens a name of its own', mention('America First Policy Institute', 'Organization', 'capitalised-sequence:organization'), { key: 'org:america-first-policy-institute' }],
    ['a company is keyed without its legal form', mention('McClatchy Co', 'Organization', 'company-cue'), { key: 'org:mcclatchy', name: 'McClatchy Co' }],
    ['a longer suffix', mention('Symplicity Corporation', 'Organization', 'capitalised-sequence:organization'), { key: 'org:symplicity' }],
    ['not when an ordinary word alone would be left', mention('Wrestling Inc', 'Organization', 'capitalised-sequence:organization'), { key: 'org:wrestling-inc' }],
    ['an outlet known only with its article', mention('The Hill', 'MediaOutlet', 'gazetteer:name', 'The Hill'), { key: 'org:the-hill', type: 'MediaOutlet', name: 'The Hill' }],
    ['an outlet known without its article too', mention('The Guardian', 'MediaOutlet', 'gazetteer:name', 'The Guardian'), { key: 'org:the-guardian', name: 'The Guardian' }],
    ['a part of a network is not its news division', mention('CBS Sports', 'MediaOutlet', 'gazetteer:outlet-unit'), { key: 'org:cbs-sports', type: 'MediaOutlet', name: 'CBS Sports' }],
    ['"EPA" alone is no photo agency', mention('EPA', 'Organization', 'capitalised-sequence:organization'), { key: 'org:epa', type: 'Organization' }],
    ['a known journal', mention('PNAS', 'MediaOutlet', 'journal:citing'), { key: 'org:proceedings-of-the-national-academy-of-sciences', name: 'Proceedings of the National Academy of Sciences', kind: 'journal' }],
    ['a journal known by its context alone', mention('Current Biology', 'MediaOutlet', 'journal:noun'), { key: 'org:current-biology', type: 'MediaOutlet', kind: 'journal' }],
  ])('%s', (_why, m, expected) => {
    expect(identify(m)).toMatchObject(expected);
  });

  it('an unknown outlet found by its shape gets no kind it was not given', () => {
    expect(identify(mention('Kansas City Star', 'MediaOutlet', 'capitalised-sequence:outlet')).kind).toBeUndefined();
  });
});

describe('identity of a name many countries\' bodies bear ("Senate", "Supreme Court")', () => {
  const counts = (entries: Array<[string, number]>) => ({ countryCounts: new Map(entries) });
  const body = (text: string) => mention(text, 'Organization', 'gazetteer:name');
  it.each([
    ['the known body when the article names no country', body('Supreme Court'), {}, 'org:us-supreme-court'],
    ['the known body in an article about its country', body('Senate'), counts([['US', 4], ['UA', 3]]), 'org:us-senate'],
    ['a US story about Ukraine names the US too', body('Senate'), counts([['UA', 10], ['US', 6]]), 'org:us-senate'],
    ['a tie decides nothing', body('Senate'), counts([['PR', 5], ['US', 5]]), 'org:us-senate'],
    ['an article about another country', body('Senate'), counts([['PH', 6]]), 'org:senate-of-the-philippines'],
    ['... named far more often than the known body\'s', body('Supreme Court'), counts([['IN', 7], ['US', 1]]), 'org:supreme-court-of-india'],
    ['the country written before it', body('India Supreme Court'), {}, 'org:supreme-court-of-india'],
    ['its adjective before it', body('Philippine Senate'), counts([['US', 9]]), 'org:senate-of-the-philippines'],
    ['the known country before it is the known body', body('U.S. Senate'), counts([['PH', 9]]), 'org:us-senate'],
    ['the UK\'s body of that name in Canada', body('House of Commons'), counts([['CA', 5]]), 'org:house-of-commons-of-canada'],
    ['the full name is keyed the same', body('Supreme Court of India'), {}, 'org:supreme-court-of-india'],
    ['a state\'s body is no country\'s', body('Texas Supreme Court'), counts([['IN', 5]]), 'org:texas-supreme-court'],
    ['"Congress" in an article about the Philippines', body('Congress'), counts([['PH', 6]]), 'org:congress-of-the-philippines'],
    ['"Congress" in an article about the US', body('Congress'), counts([['US', 3], ['PH', 1]]), 'org:us-congress'],
  ])('%s', (_why, m, context, key) => {
    expect(identify(m, context).key).toBe(key);
  });
});

describe('identity of an outlet alias outlets of several countries bear ("ABC")', () => {
  const abc = mention('ABC', 'MediaOutlet', 'gazetteer:name', 'Australian Broadcasting Corporation');
  it.each([
    ['the first listed when the article names neither country', {}, 'org:australian-broadcasting-corporation'],
    ['the US network in an article about the US', { countryCounts: new Map([['US', 5], ['AU', 1]]) }, 'org:american-broadcasting-company'],
    ['the Australian one in an article about Australia', { countryCounts: new Map([['AU', 3], ['US', 1]]) }, 'org:australian-broadcasting-corporation'],
    ['the one whose country is named, among others', { countryCounts: new Map([['EG', 9], ['US', 1]]) }, 'org:american-broadcasting-company'],
  ])('%s', (_why, context, key) => {
    expect(identify(abc, context)).toMatchObject({ key, type: 'MediaOutlet' });
  });

  it('an outlet of one country is not affected', () => {
    expect(identify(mention('ABC News', 'MediaOutlet', 'gazetteer:name'), { countryCounts: new Map([['AU', 5]]) }).key).toBe('org:abc-news');
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

describe('a capital whose name towns elsewhere bear too ("Victoria")', () => {
  it.each([
    ['Victoria, Seychelles, beside Victoria in Canada', 'Victoria', 'SC'],
    ['Hamilton, Bermuda, beside Hamilton in Canada', 'Hamilton', 'BM'],
  ])('is contested: %s', (_why, name, iso2) => {
    expect(contestedCapitalOf(name)).toBe(iso2);
  });

  it.each([
    ['a capital much larger than its namesakes', 'London'],
    ['Kingston, Jamaica, beside the smaller Kingston in Canada', 'Kingston'],
    ['a capital no other town is named after', 'Amman'],
    ['a country name', 'Singapore'],
    ['no capital at all', 'Melbourne'],
  ])('is not contested: %s', (_why, name) => {
    expect(contestedCapitalOf(name)).toBeUndefined();
  });

  it.each([
    ['the region of that name in a country the article names (the Australian state)', mention('Victoria', 'Country', 'gazetteer:capital'), new Set(['AU']), 'place:victoria-au'],
    ['the region as a location too', mention('Victoria', 'Place', 'gazetteer:capital-place'), new Set(['AU', 'NZ']), 'place:victoria-au'],
    ['a place in no known country when the article names neither its country nor a region of that name', mention('Victoria', 'Country', 'gazetteer:capital'), new Set(['US']), 'place:victoria'],
    ['as a location too', mention('Victoria', 'Place', 'gazetteer:capital-place'), new Set<string>(), 'place:victoria'],
  ])('%s', (_why, m, named, key) => {
    expect(capitalWithoutCountry(m, named)?.key).toBe(key);
  });

  it.each([
    ['the article names its country otherwise', mention('Victoria', 'Country', 'gazetteer:capital'), new Set(['SC'])],
    ['an uncontested capital', mention('London', 'Country', 'gazetteer:capital'), new Set<string>()],
    ['a person of that name', mention('Victoria', 'Person', 'compromise:person'), new Set<string>()],
  ])('keeps its identity: %s', (_why, m, named) => {
    expect(capitalWithoutCountry(m, named)).toBeUndefined();
  });
});
