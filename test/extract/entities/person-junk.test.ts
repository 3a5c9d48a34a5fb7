import { brief, mentionsOf } from './helpers';

const people = (text: string) => brief(mentionsOf(text)).filter((m) => m.startsWith('Person:'));

describe('people that are no people', () => {
  it.each([
    ['ordinary words written in lower case elsewhere', 'The art collections grew. Donations went to USI Art Collections in 2007.'],
    ['a guessed name after an article names a thing', 'That is why he did the Campbell Soup cans in 1962.'],
    ['a place named after no one', 'Penguins nest at the Punta Tombo colony each year.'],
    ['an aircraft model', 'The plane, a Beechcraft Sierra, was flying to Texas.'],
    ['the title of a work', 'She launched her graphic novel Angel Catbird at the show.'],
    ['a ship', 'The agency dispatched the research ship Kaimikai Kanaloa in July.'],
    ['a pet', 'Their dog Buddy Holly barked all night.'],
    ['a brand written in camel case', 'Users of CentOS Linux will move. CentOS Linux said nothing.'],
    ['a place prefix', 'Pilgrims gathered at Masjid al-Haram on Friday.'],
    ['a storm', 'Later Typhoon Phanfone said goodbye to the islands. Phanfone moved west.'],
    ['a long name ending in a head word, no given name first', 'Inmates at Richard J. Donovan Correctional Facility rioted.'],
    ['a product that speaks', 'Rocky Linux is new. Rocky Linux said nothing about CentOS Stream.'],
    ['a company that speaks', 'The board heard from Red Hat. Red Hat said it would stop.'],
  ])('%s', (_why, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('people kept or cleaned', () => {
  it.each([
    ['a plain full name used as a modifier', 'He starred in the James Cagney film of 1955.', ['Person:James Cagney']],
    ['a final full stop is no initial', 'Condolences to the family of Jasbir Singh. Vijay Goel said so.', ['Person:Jasbir Singh', 'Person:Vijay Goel']],
    ['a party descriptor', 'Yesterday Republican Ted Cruz said no.', ['Person:Ted Cruz']],
    ['a given name that is also a faith word', 'Yesterday neuroscientist Christian Keysers said no.', ['Person:Christian Keysers']],
    ['a surname that is also a place head', 'Academic and professor Marc Lamont Hill commented on it.', ['Person:Marc Lamont Hill']],
    ['a surname head after two given names', 'The award went to Anna Maria Hall yesterday.', ['Person:Anna Maria Hall']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
