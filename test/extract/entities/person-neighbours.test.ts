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

describe('refiner person-neighbours: a place name that is also a given name, before a surname', () => {
  it.each([
    ['a US state', 'Lawyers for Virginia Giuffre filed papers. Giuffre was not in court.', ['Person:Virginia Giuffre']],
    ['a city, then a speech verb', 'The film stars Florence Pugh, who plays a spy.', ['Person:Florence Pugh']],
    ['a country at the start of a sentence', 'Georgia Meloni spoke on Monday. Later Meloni left.', ['Person:Georgia Meloni']],
    ['a capital', 'Victoria Azarenka said she was tired.', ['Person:Victoria Azarenka']],
    ['a country name', 'Defence officials and Israel Katz said no.', ['Person:Israel Katz']],
    ['a capital cut from a person', 'The novel by Douglas Adams sold well. Adams died in 2001.', ['Person:Douglas Adams', 'Person:Adams']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['after a location preposition', 'He grew up in Virginia Beach and in Israel Katzrin. Katzrin is small.'],
    ['a head word after it', 'Trains left Victoria Station. Station staff helped.'],
    ['a team: the second word after a determiner', 'Fans of the Sydney Roosters cheered as the Roosters won.'],
    ['no sign that the second word is a surname', 'Lawyers for Virginia Giuffre filed papers.'],
    ['a longer run', 'The West Virginia Republican Party met. Republican voters came.'],
    ['the second word written in lower case too', 'Florence Biennale opened. The biennale drew crowds. Biennale was busy.'],
  ])('no person: %s', (_why, text) => {
    expect(people(text).filter((m) => m.includes(' '))).toEqual([]);
  });
});

describe('refiner person-neighbours: a guessed person between two organisations in a list is a firm', () => {
  const typeOf = (text: string, name: string) => mentionsOf(text).find((m) => m.text === name)?.type;
  it.each([
    ['a firm among firms', 'NASA picked Blue Origin, Draper, Firefly Aerospace, Intuitive Machines, Lockheed Martin, Masten Space Systems, Moon Express and OrbitBeyond.', 'Lockheed Martin', 'Organization'],
    ['a given name first stays a person', 'Speakers came from Intuitive Machines, Sarah Martin, Masten Space Systems and others.', 'Sarah Martin', 'Person'],
    ['no organisation on one side', 'Guests were Intuitive Machines staff, Lockheed Martin and his wife.', 'Lockheed Martin', 'Person'],
  ])('%s', (_why, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});
