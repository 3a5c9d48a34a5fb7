// Refiner things-named-after-places: a town or region name that is a word of a thing's name (a
// food named after a town, the title of a work, a colour, direct current) is no mention of the place.
import type { EntityMention } from '../../../src/types';
import { thingsNamedAfterPlacesRefiner } from '../../../src/extract/entities/refiners/things-named-after-places';
import { brief, contextOf, mentionsOf } from './helpers';

const placesIn = (text: string) => brief(mentionsOf(text)).filter((m) => /^(Place|Country):/.test(m));

/** A candidate covering `part` of `text` (its first occurrence). */
function candidate(text: string, part: string, type: EntityMention['type'], rule: string): EntityMention {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type, rule };
}

const refine = (text: string, part: string, type: EntityMention['type'], rule: string) =>
  brief(thingsNamedAfterPlacesRefiner.refine([candidate(text, part, type, rule)], contextOf(text)));

describe('refiner things-named-after-places: the place goes', () => {
  it.each([
    ['a pepper named after a town', '1 Tbsp. green onions, 1 Fresno chile or chili flakes', 'Fresno', 'Place', 'gazetteer:city'],
    ['a vegetable named after a capital', 'Roast the Brussels sprouts for 20 minutes.', 'Brussels', 'Country', 'gazetteer:capital'],
    ['a sausage named after a town', 'Add two Toulouse sausages to the pan.', 'Toulouse', 'Place', 'gazetteer:city'],
    ['an album title', 'The band played its albums Toulouse Street and The Captain and Me.', 'Toulouse Street', 'Place', 'capitalised-sequence:place'],
    ['a show title', 'She starred on the reality show Terrace House last year.', 'Terrace House', 'Place', 'capitalised-sequence:place'],
    ['a colour name guessed as a place', 'It will be a special launch edition in Plasma Blue.', 'Plasma Blue', 'Place', 'capitalised-sequence:place'],
    ['direct current after an electrical unit', 'There will be 150 kW DC fast charging support.', 'DC', 'Place', 'compromise'],
    ['a city before a document head', 'Sweden joined the Paris Agreement in 2016.', 'Paris', 'Place', 'compromise'],
    ['a capital before "Protocol"', 'Both sides signed the Minsk Protocol.', 'Minsk', 'Place', 'gazetteer:city'],
    ['a country after a title: a character', 'Fans dressed as Captain America and Tony Stark.', 'America', 'Country', 'gazetteer:name'],
    ['a country after a title: a pageant', 'She was crowned Miss Venezuela last year.', 'Venezuela', 'Country', 'gazetteer:name'],
  ] as [string, string, string, EntityMention['type'], string][])('%s', (_why, text, part, type, rule) => {
    expect(refine(text, part, type, rule)).toEqual([]);
  });

  it.each([
    ['a pepper in the whole pipeline', 'Slice 1 Fresno chile or chili flakes.', 'Place:Fresno'],
    ['direct current in the whole pipeline', 'Still, there will be 150 kW DC fast charging support.', 'Place:DC'],
    ['a character in the whole pipeline', 'Among the costumes were Captain America and Tony Stark.', 'Country:America'],
  ])('whole pipeline: %s', (_why, text, gone) => {
    expect(placesIn(text)).not.toContain(gone);
  });
});

describe('refiner things-named-after-places: negative cases, the place stays', () => {
  it.each([
    ['a town before an ordinary noun', 'Three London hospitals were closed.', 'London', 'Place', 'gazetteer:name'],
    ['a state before a plural noun', 'Texas schools reopened on Monday.', 'Texas', 'Place', 'gazetteer:name'],
    ['a town after a noun that is no work', 'She moved to a city named Mumbai in 1990.', 'Mumbai', 'Place', 'gazetteer:city'],
    ['a demonym before a food', 'He ate Swiss cheese and French mustard.', 'French', 'Country', 'gazetteer:demonym'],
    ['a known place ending in a colour word', 'Ships crossed the Red Sea near Mokha.', 'Red Sea', 'Place', 'gazetteer:name'],
    ['a place ending in "Green"', 'He grew up in Bethnal Green in London.', 'Bethnal Green', 'Place', 'capitalised-sequence:place'],
    ['the capital "DC"', 'She moved to Washington, DC in May 2019.', 'DC', 'Place', 'compromise'],
    ['"DC" after a number with no unit', 'In 2019 DC passed a law.', 'DC', 'Place', 'compromise'],
    ['a town before a document head that goes on', 'It was held at the Mesquite Convention Center.', 'Mesquite', 'Place', 'gazetteer:city'],
    ['an unknown name after a title', 'Judge Durham Hall QC said so.', 'Durham Hall', 'Place', 'capitalised-sequence:place'],
    ['a city before a lower-case document word', 'Talks in Paris agreement on aid failed.', 'Paris', 'Place', 'gazetteer:city'],
    ['a city before a word that is no document head', 'Police in Paris Monday arrested two men.', 'Paris', 'Place', 'gazetteer:city'],
    ['a country after an ordinary capitalised word', 'The Dutch Dance Festival in Mexico opened.', 'Mexico', 'Country', 'gazetteer:name'],
    ['a country after a title and a comma', 'He met the President, France said.', 'France', 'Country', 'gazetteer:name'],
  ] as [string, string, string, EntityMention['type'], string][])('%s', (_why, text, part, type, rule) => {
    expect(refine(text, part, type, rule)).toEqual([`${type}:${part}`]);
  });
});

describe('refiner things-named-after-places: airlines named with "Air" and a place', () => {
  const orgs = (text: string) => brief(mentionsOf(text)).filter((m) => /^(Organization|Country|Place):/.test(m));

  it.each([
    ['a capital after "Air"', 'The order came from Kazakhstan\'s Air Astana and a third buyer.', 'Organization:Air Astana', 'Country:Astana'],
    ['a country and a word after "Air"', 'Yesterday, an Air India Express passenger flight crashed.', 'Organization:Air India Express', 'Organization:India Express'],
  ])('%s', (_why, text, airline, gone) => {
    const got = orgs(text);
    expect(got).toContain(airline);
    expect(got).not.toContain(gone);
  });

  it.each([
    ['"Air" before a word that is no place', 'The Royal Air Force flew over London.', 'Organization:Air Force'],
    ['a place with no "Air" before it', 'He flew to Astana on Monday.', 'Organization:Astana'],
  ])('negative: %s', (_why, text, wrong) => {
    expect(orgs(text).filter((m) => m.startsWith('Organization:Air ') || m === wrong)).toEqual([]);
  });
});
