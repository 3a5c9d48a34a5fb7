import { brief, mentionsOf } from './helpers';

const bodiesAndPeople = (text: string) =>
  brief(mentionsOf(text)).filter((m) => /^(Organization|MediaOutlet|Person):/.test(m));

describe('refiner prefix-abbreviations: titles and ship prefixes are no bodies', () => {
  it.each([
    ['a chess title in brackets before a person', 'Back in 2017, even [GM] Hikaru Nakamura tweeted about it.', ['Person:Hikaru Nakamura']],
    ['a royal style before "the" and a title', 'The court ruled on the advice to HM the Queen on Tuesday.', []],
    ['a royal style with a gloss in brackets', 'The court ruled that advice to HM [Her Majesty] the Queen was unlawful.', []],
    ['a ship prefix with dots, and the ship\'s name', 'Divers found the remains of the U.S.S. Grayback last June.', []],
    ['a ship prefix before a name that reads like a person\'s', 'Hobbyists showed a model of the USS Ronald Reagan at the fair.', []],
  ])('%s', (_why, text, expected) => {
    expect(bodiesAndPeople(text)).toEqual(expected);
  });

  it.each([
    ['a title that is also a company, alone', 'Union leaders said GM would close the plant.', 'Organization:GM'],
    ['a ship prefix before a lower-case word', 'He joined the HMS team in March.', 'Organization:HMS'],
  ])('keeps: %s', (_why, text, kept) => {
    expect(bodiesAndPeople(text)).toContain(kept);
  });
});
