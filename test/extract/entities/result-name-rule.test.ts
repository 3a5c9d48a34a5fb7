import { resultNameRule } from '../../../src/extract/entities/rules/result-name-rule';
import { brief, contextOf, mentionsOf } from './helpers';

const proposed = (text: string) => brief(resultNameRule.propose(contextOf(text)));

describe('rule result-name: players named in match results', () => {
  it.each([
    ['winner and loser, the score after', 'The teams were tied after Yoshihito Nishioka defeated Gael Monfils 7-5, 6-2.', ['Person:Yoshihito Nishioka', 'Person:Gael Monfils']],
    ['a verb of two words', 'Canada won after Vasek Pospisil edged out Radu Albot 7-6 (5), 7-6 (7).', ['Person:Vasek Pospisil', 'Person:Radu Albot']],
    ['"cruised past"', 'Then Kei Nishikori cruised past Dusan Lajovic 6-2, 6-1 in the opener.', ['Person:Kei Nishikori', 'Person:Dusan Lajovic']],
  ])('%s', (_why, text, expected) => {
    expect(proposed(text)).toEqual(expected);
  });

  it.each([
    ['a team with a place in its name', 'Palm Bay Magnet defeated Cocoa Beach 5-0 on Friday.'],
    ['a plural team name', 'The Wigan Warriors beat Leeds Rhinos 24-20.'],
    ['a determiner before the team', 'Then the Rams defeated the Saints 27-9.'],
    ['no score', 'Yoshihito Nishioka defeated Gael Monfils in a long match.'],
    ['no result verb', 'Yoshihito Nishioka and Gael Monfils 7-5 was the score.'],
    ['a word of the article in lower case', 'Golden Sprout defeated Misty Rosebud 2-1; a golden day.'],
  ])('nothing: %s', (_why, text) => {
    expect(proposed(text)).toEqual([]);
  });

  it('the whole pipeline keeps the names', () => {
    const people = brief(mentionsOf('The teams were tied after Yoshihito Nishioka defeated Gael Monfils 7-5, 6-2.')).filter((m) => m.startsWith('Person:'));
    expect(people).toEqual(['Person:Yoshihito Nishioka', 'Person:Gael Monfils']);
  });
});
