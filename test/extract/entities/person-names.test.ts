import { loadEntityData } from '../../../src/resolve/entities/data';
import {
  isArticleSurname,
  isEastAsianFamilyName,
  isGivenName,
  isInitials,
  loadPersonNames,
} from '../../../src/extract/entities/person-names';
import { isStopWord } from '../../../src/extract/entities/word-lists';
import { brief, mentionsOf } from './helpers';

describe('person names: given names', () => {
  it.each([
    ['Thibaut', true],
    ['Axel', true],
    ['Hernan', true],
    ['Farouk', true],
    ['sarah', true],
    ['Mark', true],
    // Finnish, Scandinavian and Russian given names.
    ['Tuukka', true],
    ['Christer', true],
    ['Semyon', true],
    // Ordinary words, months and places are no given names, whatever the data file says.
    ['Will', false],
    ['May', false],
    ['Jan', false],
    ['Art', false],
    ['Georgia', false],
    ['Courtois', false],
  ])('isGivenName(%j) is %j', (word, expected) => {
    expect(isGivenName(word)).toBe(expected);
  });
});

describe('person names: other name parts', () => {
  it.each([
    ['Park', true],
    ['Hau', true],
    ['Nguyen', true],
    ['Smith', false],
    ['park', false],
  ])('isEastAsianFamilyName(%j) is %j', (word, expected) => {
    expect(isEastAsianFamilyName(word)).toBe(expected);
  });

  it.each([
    ['al-Amr', true],
    ['el-Sisi', true],
    ['Al-Maeena', true],
    ['al-', false],
    ['also', false],
    ['Alamr', false],
  ])('isArticleSurname(%j) is %j', (word, expected) => {
    expect(isArticleSurname(word)).toBe(expected);
  });

  it.each([
    ['K.C.', true],
    ['L.', true],
    ['KC', false],
    ['Ltd.', false],
  ])('isInitials(%j) is %j', (word, expected) => {
    expect(isInitials(word)).toBe(expected);
  });
});

describe('person names: the data file', () => {
  const file = loadEntityData<{ givenNames: Record<string, string[]>; eastAsianFamilyNames: string[] }>('person-names.json');
  const given = Object.values(file.givenNames).flat();

  it('holds given names from several language areas', () => {
    expect(Object.keys(file.givenNames).length).toBeGreaterThanOrEqual(5);
    expect(given.length).toBeGreaterThan(500);
  });

  it('writes every entry as a single capitalised word', () => {
    const bad = [...given, ...file.eastAsianFamilyNames].filter((w) => !/^\p{Lu}[\p{L}'-]*$/u.test(w));
    expect(bad).toEqual([]);
  });

  // Family names may be function words ("He", "Sun"): they count only before a hyphenated given name.
  it('holds no given name that is a calendar or function word', () => {
    expect(given.filter((w) => isStopWord(w))).toEqual([]);
  });

  it('teaches compromise the given names it lacked', () => {
    loadPersonNames();
    expect(brief(mentionsOf('In the 90th minute, as Nacer Chadli replaced Axel Witsel, the crowd rose.'))).toEqual([
      'Person:Nacer Chadli',
      'Person:Axel Witsel',
    ]);
  });

  it.each([
    ['Later Semyon Varlamov stopped 27 shots.', ['Person:Semyon Varlamov']],
    ['Tuukka Rask made 25 saves for the team.', ['Person:Tuukka Rask']],
    ['The crew included astronaut Christer Fuglesang and others.', ['Person:Christer Fuglesang']],
  ])('a full name opened by a Nordic or Russian given name: %j', (text, expected) => {
    expect(brief(mentionsOf(text))).toEqual(expected);
  });
});
