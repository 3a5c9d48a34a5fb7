import { brief, mentionsOf } from './helpers';

const people = (text: string) => brief(mentionsOf(text)).filter((m) => m.startsWith('Person:'));

describe('refiner person-neighbours: family name first', () => {
  it.each([
    ['hyphenated given name', 'Korea substituted Park Joo-Ho in the 28th minute.', ['Person:Park Joo-Ho']],
    ['lower-case second syllable', 'Taipei mayor Hau Lung-bin opened the festival.', ['Person:Hau Lung-bin']],
    ['before a possessive', "In injury time, Hwang Hee-Chan's header went wide.", ['Person:Hwang Hee-Chan']],
    ['unhyphenated given names', 'Visitors crowded near a statue of Chiang Kai Shek yesterday.', ['Person:Chiang Kai Shek']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('refiner person-neighbours: family name first, negative cases', () => {
  it.each([
    ['a place head after an English-word family name', 'They walked down Park Avenue at noon.'],
    ['a determiner before it', 'They observe the Sun Corona with a coronagraph.'],
    ['a demonym of a place', 'On Sunday, Hong Kongers turned out to vote.'],
    ['inside a longer name', 'They visited the Tang Teaching Museum last week.'],
  ])('%s', (_why, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('refiner person-neighbours: initials and Arabic article surnames join the name', () => {
  it.each([
    ['initial before a name', 'The church was founded by L. Ron Hubbard in 1954.', ['Person:L. Ron Hubbard']],
    ['article surname after a titled name', 'Director General Suleiman al-Amr spoke to reporters.', ['Person:Suleiman al-Amr']],
    ['a particle never ends a name', 'His successor, Haitham bin Tariq Al Said, attended prayers.', ['Person:Haitham bin Tariq Al Said']],
    ['a lower-case particle and surname', 'The deal was hailed by Luiz Inácio Lula da Silva on Monday.', ['Person:Luiz Inácio Lula da Silva']],
    ['a letter after a capitalised word is no initial', 'After World War I. Ron Hubbard wrote more.', ['Person:Ron Hubbard']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
