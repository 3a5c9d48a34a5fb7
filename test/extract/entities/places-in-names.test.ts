// Town and capital names inside longer names ("Stanley Cup", "Gladstone Avenue", "Paris
// Agreement"), place-name abbreviations ("St. Louis") and regional demonyms ("Latin American").
import { gazetteerRule } from '../../../src/extract/entities/rules/gazetteer-rule';
import { tokenize } from '../../../src/extract/entities/tokens';
import { brief, contextOf, mentionsOf } from './helpers';

const propose = (text: string) => gazetteerRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`);
const placesAndCountries = (text: string) => brief(mentionsOf(text)).filter((m) => /^(Place|Country):/.test(m));

describe('a city or capital that opens a longer name gives no mention of its own', () => {
  it.each([
    ['an event: the Falklands capital in "Stanley Cup"', 'He won the Stanley Cup title last season.', 'Stanley'],
    ['a street named after a town elsewhere', 'They stopped near 17th Street and Gladstone Avenue, police said.', 'Gladstone'],
    ['an album named after a street', 'The band plays its album Toulouse Street in full.', 'Toulouse'],
    ['a palace named after a town elsewhere', 'They toured Blenheim Palace yesterday.', 'Blenheim'],
    ['a county named after a town elsewhere', 'Palm Beach County in Florida was hit.', 'Palm Beach'],
    ['a district named after a capital', 'He was taken to Madrid District Hospital in Cebu.', 'Madrid'],
    ['a newspaper named after its city', 'The Jakarta Post reported it first.', 'Jakarta'],
    ['an agreement', 'The Paris Agreement was signed by many.', 'Paris'],
    ['an agreement, more words before the head', 'Biden backed the Paris Climate Accord again.', 'Paris'],
    ['an event, more words before the head', 'She won the Berlin International Marathon.', 'Berlin'],
  ])('%s', (_why, text, city) => {
    expect(propose(text).filter((m) => m.endsWith(`:${city}`))).toEqual([]);
  });

  it.each([
    ['no country mention for an event', 'She ran the London Marathon.', 'Country:London'],
    ['no country mention for an agreement', 'The Paris Agreement was signed.', 'Country:Paris'],
    ['no country mention for the Falklands capital', 'He won the Stanley Cup title.', 'Country:Stanley'],
  ])('%s', (_why, text, wrong) => {
    expect(placesAndCountries(text)).not.toContain(wrong);
  });
});

describe('a city inside a name stays where it is a real location', () => {
  it.each([
    ['a body named after its city', 'The Fort Worth Police Department said so.', 'Organization:Fort Worth Police Department'],
    ['a hospital with its district', 'She is at Beijing Chaoyang Hospital.', 'Place:Beijing'],
    ['a venue whose country the article names', 'He arrived at Tokyo Station. Japan was cold.', 'Place:Tokyo'],
    ['a capital as a location', 'They met in Paris on Monday.', 'Place:Paris'],
    ['a city with its region', 'He lives in Irving, Texas.', 'Place:Irving, Texas'],
  ])('%s', (_why, text, expected) => {
    expect(brief(mentionsOf(text))).toContain(expected);
  });

  it.each([
    ['a large city opening a venue is that city', 'He arrived at Tokyo Station.', ['Place:Tokyo']],
    ['a curated city opening a venue', 'Fans filled the Nizhny Novgorod Stadium.', ['Place:Nizhny Novgorod']],
    ['a small town opening a venue, its country unnamed', 'They played at Blenheim Stadium.', []],
    ['a small town opening a street, its country named', 'They met on Gladstone Avenue. Australia was hot.', ['Place:Gladstone', 'Country:Australia']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });

  it('the capital kept for a venue is the city, not the state', () => {
    expect(propose('He arrived at Tokyo Station. Japan was cold.')).toEqual(['Place:Tokyo', 'Country:Japan']);
  });
});

describe('St., Mt. and Ft. before a capitalised word belong to the name', () => {
  it.each([
    ['St. Louis', 'He grew up in St. Louis and left.', ['He', 'grew', 'up', 'in', 'St.', 'Louis', 'and', 'left']],
    ['Mt. Everest', 'They climbed Mt. Everest in May.', ['They', 'climbed', 'Mt.', 'Everest', 'in', 'May']],
    ['Ft. Lauderdale', 'A flight to Ft. Lauderdale left.', ['A', 'flight', 'to', 'Ft.', 'Lauderdale', 'left']],
    ['after a sentence-initial function word', 'In St. Louis it rained.', ['In', 'St.', 'Louis', 'it', 'rained']],
    ['a street abbreviation ends the name', 'He lives on Main St. Louis said so.', ['He', 'lives', 'on', 'Main', 'St', 'Louis', 'said', 'so']],
    ['before a lower-case word it ends the sentence', 'He lives on 5th St. then left.', ['He', 'lives', 'on', '5th', 'St', 'then', 'left']],
    ['other abbreviations keep no dot', 'Ave. Louis', ['Ave', 'Louis']],
  ])('%s', (_why, text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it.each([
    ['a tour date line', 'August 14 – St. Louis, MO @ Hollywood Casino', 'Place:St. Louis'],
    ['a mountain', 'They climbed Mt. Everest in May.', 'Place:Mt. Everest'],
    ['a city after a colon', 'A: St. Croix in the Virgin Islands.', 'Place:St. Croix'],
  ])('%s', (_why, text, expected) => {
    const found = brief(mentionsOf(text));
    expect(found).toContain(expected);
    expect(found).not.toContain('Place:St');
  });

  it('a street abbreviation before a name keeps them apart', () => {
    expect(brief(mentionsOf('He lives on Main St. Louis said so.'))).not.toContain('Place:St. Louis');
  });
});

describe('"American" after a regional qualifier is not the United States', () => {
  it.each([
    ['Latin American is the region', 'It is the Latin American country hit hardest.', ['Place:Latin American=Latin America']],
    ['North American is the continent', 'A North American tour starts in June.', ['Place:North American=North America']],
    ['South American is the continent', 'South American leaders met.', ['Place:South American=South America']],
    ['Central American is the region', 'Central American migrants waited.', ['Place:Central American=Central America']],
    ['Native American names no country', 'Native American tribes objected.', []],
    ['African American names no country', 'He was the first African American to hold it.', []],
    ['Meso American names no country', 'Meso American cultures grew maize.', []],
  ])('%s', (_why, text, expected) => {
    expect(gazetteerRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}=${m.canonical}`)).toEqual(expected);
  });

  it.each([
    ['the demonym alone', 'American troops left.'],
    ['after a lower-case word', 'The typical American voter agreed.'],
    ['after a line break', 'Latin\nAmerican troops left.'],
  ])('%s is still the United States', (_why, text) => {
    expect(propose(text)).toContain('Country:American');
  });
});
