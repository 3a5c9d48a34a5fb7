import { titledNameRule } from '../../../src/extract/entities/rules/titled-name-rule';
import { contextOf } from './helpers';

const appositions = (text: string) =>
  titledNameRule.propose(contextOf(text)).filter((m) => m.rule === 'titled-name:apposition').map((m) => `${m.type}:${m.text}`);

describe('rule titled-name: a name followed by a comma and its title', () => {
  it.each([
    ['holder and title', 'After the match, Hernan Dario Gomez, Panama coach, said so.', ['Person:Hernan Dario Gomez']],
    ['initials and a lower-case title', 'K.C. Maurer, chief financial officer and treasurer at the foundation, agreed.', ['Person:K.C. Maurer']],
    ['article and possessive holder', "Alexander Grushko, Russia's deputy foreign minister, spoke.", ['Person:Alexander Grushko']],
    ['a leading descriptor stays out', 'Democrat Rod Blagojevich, the former governor, spoke.', ['Person:Rod Blagojevich']],
    ['a descriptor makes one word enough', 'Democrat Spearman, a minister and former Army colonel, won.', ['Person:Spearman']],
  ])('%s', (_why, text, expected) => {
    expect(appositions(text)).toEqual(expected);
  });
});

describe('rule titled-name: apposition, negative cases', () => {
  it.each([
    ['a country before the comma', 'In Russia, the foreign minister said no.'],
    ['a weekday before the comma', 'On Tuesday, Prime Minister spoke.'],
    ['one word only', 'Smith, the coach, said no.'],
    ['a name follows the title', 'Sarah Connor, Panama coach Hernan Gomez and others met.'],
    ['a holder that is no known body', 'Sarah Connor, Acme Widgets coach, left.'],
    ['a body before the comma', 'The World Health Organization, the director said, agreed.'],
  ])('%s', (_why, text) => {
    expect(appositions(text)).toEqual([]);
  });
});
