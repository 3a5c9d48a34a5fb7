import { brief, mentionsOf } from './helpers';

const people = (text: string) => brief(mentionsOf(text)).filter((m) => m.startsWith('Person:'));

describe('refiner person-neighbours: a full name cut short takes the next unknown word', () => {
  it.each([
    ['three-word name', 'Officials met Hardeep Singh Puri on Monday.', ['Person:Hardeep Singh Puri']],
    ['not before a further capital', 'Officials met Hardeep Singh Puri Foundation staff.', []],
    ['not before a number', 'Officials met Jasbir Singh Puri 5 times.', ['Person:Jasbir Singh']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('refiner person-neighbours: lists of names', () => {
  it.each([
    ['items on both sides', 'It began with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making attempts.',
      ['Person:Romelu Lukaku', 'Person:Yannick Carrasco', 'Person:Dries Mertens']],
    ['"and" without a comma', 'Guests were Nat Finkelstein, Christopher Makos and Felice Quinto; others came later.',
      ['Person:Nat Finkelstein', 'Person:Christopher Makos', 'Person:Felice Quinto']],
    ['places are not people', 'Sarah Connor visited Paris, Berlin and New York.', ['Person:Sarah Connor']],
    ['a body after a comma stays out', 'Sarah Connor, Acme Corporation chief, spoke.', ['Person:Sarah Connor']],
    ['a title after a comma stays out', 'Sarah Connor, Prime Minister of nowhere, spoke.', ['Person:Sarah Connor']],
    ['an item inside a longer name', 'Speakers came from the Center for Election Science, Sarah Connor and others.', ['Person:Sarah Connor']],
    ['an item after a number', 'At the 1972 Democratic Convention, Sarah Connor spoke.', ['Person:Sarah Connor']],
    ['an item after a determiner', 'With the next Space Telescope, Sarah Connor hopes to see more.', ['Person:Sarah Connor']],
    ['an item with an adjective', 'He played with Sarah Connor and Grateful Dead drummer Mickey Hart.', ['Person:Sarah Connor', 'Person:Mickey Hart']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
