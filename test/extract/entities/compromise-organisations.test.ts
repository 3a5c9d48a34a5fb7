import { organisationGuessHolds } from '../../../src/extract/entities/rules/compromise-rule';
import { contextOf } from './helpers';

// Each guess is tested against an article that also writes some words in lower case.
const ARTICLE = 'Hydrogen gas is light; hydrogen and space. The plan will grow. Audi said so.';
const holds = (guess: string) => organisationGuessHolds(contextOf(ARTICLE), guess);

describe('compromise organisation guesses', () => {
  it.each([
    ['a known body', 'United Nations', true],
    ['a body head word', 'Space Agency', true],
    ['a corporate suffix', 'Space Inc', true],
    ['a name word the article never writes in lower case', 'Audi', true],
    ['one ordinary word in capitals among unknown ones', 'Space Zyxx', true],
    ['capitals only', 'SPACE', true],
    ['an ordinary word written in lower case elsewhere', 'Space', false],
    ['a trailing lower-case word is not part of the name', 'Hydrogen gas', false],
    ['"X & Y" of ordinary words', 'Plan & Grow', false],
  ])('%s: %s', (_why, guess, expected) => {
    expect(holds(guess)).toBe(expected);
  });
});
