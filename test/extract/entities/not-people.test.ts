import type { EntityMention } from '../../../src/types';
import { isNonPersonNameEnd, notPeopleRefiner } from '../../../src/extract/entities/refiners/not-people';
import { brief, contextOf, mentionsOf } from './helpers';

/** A person guess covering `part` of `text`. */
function guess(text: string, part: string): EntityMention {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type: 'Person', rule: 'compromise:person' };
}

const refine = (text: string, part: string) => brief(notPeopleRefiner.refine([guess(text, part)], contextOf(text)));

describe('refiner not-people', () => {
  it.each([
    ['an event head ends the name', 'Spain won the inaugural Davis Cup Finals on Sunday.', 'Davis Cup Finals', []],
    ['a prize', 'He won the George Pólya Prize in 1987.', 'George Pólya Prize', []],
    ['a show', 'The account for The Bernie and Sid Show was closed.', 'Sid Show', []],
    ['a law', 'They cited the Logan Act again.', 'Logan Act', []],
    ['a product', 'You can dip into your Roth IRA at 59.', 'Roth IRA', []],
    ['a telescope', 'Observations with the James Webb Space Telescope begin soon.', 'James Webb Space Telescope', []],
    ['a one-word guess before an event head', 'In the revamped Davis Cup format, teams play twice.', 'Davis', []],
    ['a one-word guess that is the head', 'He won the doubles at the ATP Finals last year.', 'Finals', []],
    ['an employer after an occupation and "at"', 'Matt Maley, equity strategist at Miller Tabak, says so.', 'Miller Tabak', ['Organization:Miller Tabak']],
    ['a researcher\'s institute', 'said Anna Berg, a researcher at Max Planck in Berlin.', 'Max Planck', ['Organization:Max Planck']],
  ])('%s', (_why, text, part, expected) => {
    expect(refine(text, part)).toEqual(expected);
  });

  it.each([
    ['a plain name', 'Analyst Jane Miller said the stock was cheap.', 'Jane Miller'],
    ['a surname alone', 'Tabak said the stock was cheap.', 'Tabak'],
    ['a person after an occupation without "at"', 'The equity strategist Jane Miller says so.', 'Jane Miller'],
    ['"at" after another word', 'He shouted at Carrie Lam in the chamber.', 'Carrie Lam'],
    ['a possessive after the name', 'She is a fellow at Jane Miller\'s lab in Leeds.', 'Jane Miller'],
    ['an event head after a possessive', 'Doris Day\'s Show was popular.', 'Doris Day'],
    ['an event head in the next sentence', 'They thanked Kevin Davis. Awards were given.', 'Kevin Davis'],
    ['a surname that is a place head', 'His predecessor, Fiona Hill, had warned him.', 'Fiona Hill'],
  ])('keeps the person: %s', (_why, text, part) => {
    expect(refine(text, part)).toEqual([`Person:${part}`]);
  });

  it('leaves other types alone', () => {
    const text = 'He won the Berwick Prize in 1971.';
    const start = text.indexOf('Berwick Prize');
    const m: EntityMention = { start, end: start + 13, text: 'Berwick Prize', type: 'Organization', rule: 'compromise:organization' };
    expect(brief(notPeopleRefiner.refine([m], contextOf(text)))).toEqual(['Organization:Berwick Prize']);
  });

  it.each([['Finals'], ['Cup'], ['Accords'], ['Prize']])('%s ends no person\'s name', (word) => {
    expect(isNonPersonNameEnd(word)).toBe(true);
  });

  it.each([['Smith'], ['Hill'], ['Tabak']])('%s may end a person\'s name', (word) => {
    expect(isNonPersonNameEnd(word)).toBe(false);
  });
});

describe('not-people through the pipeline', () => {
  it.each([
    ['Spain won the title with a 2-1 win over Russia in the inaugural Davis Cup Finals on Sunday.', 'Davis Cup Finals'],
    ['His other accolades include the Berwick Prize in 1971, the George Pólya Prize in 1987.', 'George Pólya Prize'],
    ['Matt Maley, equity strategist at Miller Tabak, says the stock could be a risky bet.', 'Miller Tabak'],
  ])('no person in %s', (text, name) => {
    expect(brief(mentionsOf(text))).not.toContain(`Person:${name}`);
  });

  it.each([
    ['a storm', 'Hurricane Dorian reached the Bahamas. Dorian then moved north slowly.', 'Dorian'],
    ['after "Storm"', 'Officials warned that Storm Lorenzo was close. Later, Lorenzo weakened.', 'Lorenzo'],
  ])('no person for the name of %s', (_why, text, name) => {
    expect(brief(mentionsOf(text))).not.toContain(`Person:${name}`);
  });

  it('keeps a person whose name no prefix stands before', () => {
    expect(brief(mentionsOf('Hurricane Dorian hit the islands. Lorenzo Perez said the damage was vast.'))).toContain('Person:Lorenzo Perez');
  });

  it('makes the employer an organisation', () => {
    expect(brief(mentionsOf('Matt Maley, equity strategist at Miller Tabak, says the stock could be a risky bet.'))).toContain('Organization:Miller Tabak');
  });
});
