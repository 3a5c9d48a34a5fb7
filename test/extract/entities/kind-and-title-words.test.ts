// Refiner kind-and-title-words: a kind of place, an office or a region adjective swallowed by a
// guessed place, country or body name is cut off, or the mention goes when no name is left.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention } from '../../../src/types';
import { kindAndTitleWordsRefiner } from '../../../src/extract/entities/refiners/kind-and-title-words';
import { brief, contextOf, mentionsOf } from './helpers';

/** A candidate covering `part` of `text` (its first occurrence). */
function candidate(text: string, part: string, type: EntityMention['type'], rule: string): EntityMention {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type, rule };
}

const refine = (text: string, part: string, type: EntityMention['type'], rule = 'compromise') =>
  kindAndTitleWordsRefiner.refine([candidate(text, part, type, rule)], contextOf(text));

const namesIn = (text: string) => brief(mentionsOf(text)).filter((m) => /^(Place|Country|Organization):/.test(m));

type Case = [string, string, string, EntityMention['type'], string];

describe('refiner kind-and-title-words: the name is cut out', () => {
  it.each([
    ['a state after a demonym', 'The train runs in the Indian state of Karnataka daily.', 'Indian state of Karnataka', 'Place', 'Place:Karnataka'],
    ['a city after a demonym', 'Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed.', 'Polish city of Gdańsk', 'Place', 'Place:Gdańsk'],
    ['an island after a demonym', 'Two people died on the Greek island of Samos on Friday.', 'Greek island of Samos', 'Place', 'Place:Samos'],
    ['a state after a country alias', 'On Wednesday in the US state of Alabama, the governor signed it.', 'US state of Alabama', 'Place', 'Place:Alabama'],
    ['a region before the country it lies in', 'Magnitogorsk, a city in the Ural region of Russia, was hit.', 'Ural region of Russia', 'Place', 'Place:Ural'],
    ['a mayor after the city', 'It came from former New York City Mayor Michael Bloomberg on Monday.', 'New York City Mayor', 'Place', 'Place:New York City'],
    ['a sheriff after the county', '"It is the worst case," said Santa Barbara County Sheriff Bill Brown.', 'Santa Barbara County Sheriff', 'Place', 'Place:Santa Barbara County'],
    ['a president after the body', 'Iranian Chess Federation President announced the ban.', 'Iranian Chess Federation President', 'Organization', 'Organization:Iranian Chess Federation'],
    ['an office before "of" and a country', 'Those isolating included the Prime Ministers of Belgium and Spain.', 'Prime Ministers of Belgium', 'Place', 'Place:Belgium'],
    ['an office before "for the" and a region', 'The Health Minister for the Biobio Region in Chile reported cases.', 'Health Minister for the Biobio Region', 'Place', 'Place:Biobio Region'],
  ] as [string, string, string, EntityMention['type'], string][])('%s', (_why, text, part, type, expected) => {
    const [out] = refine(text, part, type);
    expect(`${out.type}:${out.text}`).toBe(expected);
    expect(text.slice(out.start, out.end)).toBe(out.text);
  });
});

describe('refiner kind-and-title-words: the mention goes', () => {
  it.each([
    ['a region adjective before a noun', 'Abortion is a crime in the Latin American country since 1921.', 'Latin American', 'Place', 'compromise'],
    ['a qualified region adjective', 'Tesco centralized its management in the Central European region.', 'Central European', 'Place', 'compromise'],
    ['a chain of region adjectives', 'She became the first South Asian American to fill the role.', 'South Asian American', 'Place', 'compromise'],
    ['a region adjective guessed as a body', 'It voted to leave the European union in 2016.', 'European', 'Organization', 'compromise'],
    ['a faith word guessed as a place', "Meanwhile, the Jewish state's premier cheered.", 'Jewish', 'Place', 'compromise'],
    ['an office alone', 'It was unusual for a sitting Secretary of State to speak.', 'Secretary of State', 'Place', 'capitalised-sequence:place'],
  ] as Case[])('%s', (_why, text, part, type, rule) => {
    expect(refine(text, part, type, rule)).toEqual([]);
  });

  it.each([
    ['a demonym, kind and place', 'The train runs in the Indian state of Karnataka daily.', 'Place:Indian state of Karnataka', ['Country:Indian', 'Place:Karnataka']],
    ['a city and its mayor', 'It came from former New York City Mayor Michael Bloomberg on Monday.', 'Place:New York City Mayor', ['Place:New York City']],
    ['a guessed chain of region adjectives', 'She became the first South Asian American to fill the role.', 'Place:South Asian American', []],
  ])('whole pipeline: %s', (_why, text, gone, kept) => {
    const names = namesIn(text);
    expect(names).not.toContain(gone);
    for (const k of kept) expect(names).toContain(k);
  });
});

describe('refiner kind-and-title-words: negative cases, the mention stays as it is', () => {
  it.each([
    ['a region adjective the gazetteer knows stands for the region', 'The band plans a North American tour next year.', 'North American', 'Place', 'gazetteer:name'],
    ['a body whose name ends in a title word', 'The House of Representatives voted on Friday.', 'House of Representatives', 'Organization', 'compromise'],
    ['a court named after justice', 'The European Court of Justice ruled on Tuesday.', 'European Court of Justice', 'Organization', 'compromise'],
    ['an office named with two titles', 'The Office of the Inspector General opened an inquiry.', 'Office of the Inspector General', 'Organization', 'compromise'],
    ['a party group named by a title', 'Republican Representatives attacked the inquiry.', 'Republican Representatives', 'Organization', 'compromise'],
    ['a team whose nickname is a title', 'The Sacramento Kings won again.', 'Sacramento Kings', 'Organization', 'compromise'],
    ['an office named by a jurisdiction', 'The New York State Attorney General sued the firm.', 'New York State Attorney General', 'Organization', 'compromise'],
    ['a place opened by a one-word title', 'The quake struck near General Santos City on Monday.', 'General Santos City', 'Place', 'compromise'],
    ['a borough that reads as a plural title', 'She grew up in Queens, New York.', 'Queens', 'Place', 'compromise'],
    ['a known place named after a title', 'They prayed at the Sultan Qaboos Grand Mosque.', 'Sultan Qaboos Grand Mosque', 'Place', 'compromise'],
    ['a region name that is no adjective', 'Hurricane Dorian in the Caribbean had strengthened.', 'Caribbean', 'Place', 'gazetteer:name'],
    ['a country demonym made of region words', 'The South African government agreed.', 'South African', 'Country', 'gazetteer:demonym'],
    ['a region adjective inside a body name', 'The African Union met in Addis Ababa.', 'African Union', 'Organization', 'compromise'],
    ['a district of a state', 'He was sentenced in the Eastern District of Texas in 2014.', 'Eastern District of Texas', 'Place', 'compromise'],
    ['a city named with "City of"', 'The City of Melbourne is divided in 76 areas.', 'City of Melbourne', 'Place', 'compromise'],
    ['a kind of place after no country nor before a known place', 'He lived in the Sunset district of Oakvale Springs.', 'Sunset district of Oakvale Springs', 'Place', 'compromise'],
    ['a known name from the gazetteer', 'It was held in the Republic of Ireland.', 'Republic of Ireland', 'Country', 'gazetteer:name'],
  ] as Case[])('%s', (_why, text, part, type, rule) => {
    expect(brief(refine(text, part, type, rule))).toEqual([`${type}:${part}`]);
  });

  it('leaves persons alone', () => {
    const text = 'Mayor Eric Adams spoke.';
    expect(brief(refine(text, 'Mayor Eric Adams', 'Person'))).toEqual(['Person:Mayor Eric Adams']);
  });
});

// Real articles: two of the fixture's Wikinews articles (always), and more from ../shared when present.
const readArticles = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
const FIXTURE = join(__dirname, '../../fixtures/wikinews/sample.jsonl');
const WIKINEWS = join(__dirname, '../../../../shared/corpus/wikinews/wikinews-2019-2021.jsonl');

describe('refiner kind-and-title-words: golden, over real articles', () => {
  const fixture = readArticles(FIXTURE);
  const shared = existsSync(WIKINEWS) ? readArticles(WIKINEWS) : [];
  const namesOf = (articles: { id: string; text: string }[], idPart: string) => {
    const found = articles.find((a) => a.id.includes(idPart));
    expect(found).toBeDefined();
    return namesIn(found!.text);
  };

  it.each([
    ['a city after a demonym', 'mayor_of_Gda%C5%84sk', 'Place:Polish city of Gdańsk', ['Country:Polish', 'Place:Gdańsk']],
    ['a region before the country it lies in', 'Magnitogorsk_apartment', 'Place:Ural region of Russia', ['Place:Ural', 'Country:Russia']],
  ])('fixture: %s', (_why, idPart, gone, kept) => {
    const names = namesOf(fixture, idPart);
    expect(names).not.toContain(gone);
    for (const k of kept) expect(names).toContain(k);
  });

  it.each([
    ['a state after a demonym', 'Indian_Railway:_all-women_crew', 'Place:Indian state of Karnataka', ['Country:Indian', 'Place:Karnataka']],
    ['a city and its mayor', 'On_the_campaign_trail_in_the_USA,_Septemb', 'Place:New York City Mayor', ['Place:New York City']],
  ])('Wikinews: %s', (_why, idPart, gone, kept) => {
    if (shared.length === 0) return; // ../shared absent: the fixture cases above still run.
    const names = namesOf(shared, idPart);
    expect(names).not.toContain(gone);
    for (const k of kept) expect(names).toContain(k);
  });
});
