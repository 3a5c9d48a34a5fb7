// Refiner towns-not-people: a person guess that names a town is the town where the words around
// it say a place is meant.
import type { EntityMention } from '../../../src/types';
import { townsNotPeopleRefiner } from '../../../src/extract/entities/refiners/towns-not-people';
import { brief, contextOf, mentionsOf } from './helpers';

type Known = [text: string, type: EntityMention['type'], rule: string];

/** A person guess on `name` (first occurrence), beside the known mentions, through the refiner. */
function refine(text: string, name: string, known: Known[] = []): string[] {
  const at = (word: string) => text.indexOf(word);
  const guess: EntityMention = { start: at(name), end: at(name) + name.length, text: name, type: 'Person', rule: 'compromise:person' };
  const others = known.map(([t, type, rule]): EntityMention => ({ start: at(t), end: at(t) + t.length, text: t, type, rule }));
  const out = townsNotPeopleRefiner.refine([guess, ...others], contextOf(text));
  return brief(out.filter((m) => m.start === guess.start));
}

describe('refiner towns-not-people: the town is meant', () => {
  it.each([
    ['a place preposition', 'The convention was held in Henderson last year.', 'Henderson', []],
    ['"at" after a verb of travel', 'The pilot tried to land at Henderson before the crash.', 'Henderson', []],
    ['"to" after a verb of travel', 'The family moved to Irving in 2004.', 'Irving', []],
    ['"from X to Y" with a place after', 'The convention moved from Charlotte to Jacksonville.', 'Charlotte', [['Jacksonville', 'Place', 'gazetteer:city']]],
    ['a noun that takes a place after "of"', 'The mayor of Esperanza announced the closure.', 'Esperanza', []],
    ['an age before "of"', 'Police arrested Chris Tays, 32, of Franklin, on Monday.', 'Franklin', []],
    ['a state code after a comma', 'Oct. 9 -- Toyota Music Factory, Irving, TX', 'Irving', []],
    ['a state after a comma', 'Workers from Franklin, Ohio, joined the strike.', 'Franklin', [['Ohio', 'Place', 'gazetteer:name']]],
    ['a list of places', 'The towns hit were Cantilan, Madrid, Carmen, Lanuza, and Cortes.', 'Carmen', [['Madrid', 'Country', 'gazetteer:capital']]],
  ] as [string, string, string, Known[]][])('%s', (_why, text, name, known) => {
    expect(refine(text, name, known)).toEqual([`Place:${name}`]);
  });

  it('every one-word guess of the name follows a cued one', () => {
    const text = 'The convention moved from Charlotte to Jacksonville. Charlotte lost millions.';
    const second = text.lastIndexOf('Charlotte');
    const guesses: EntityMention[] = [text.indexOf('Charlotte'), second].map((start) => ({ start, end: start + 9, text: 'Charlotte', type: 'Person', rule: 'compromise:person' }));
    const place: EntityMention = { start: text.indexOf('Jacksonville'), end: text.indexOf('Jacksonville') + 12, text: 'Jacksonville', type: 'Place', rule: 'gazetteer:city' };
    expect(brief(townsNotPeopleRefiner.refine([...guesses, place], contextOf(text)))).toEqual(['Place:Charlotte', 'Place:Charlotte', 'Place:Jacksonville']);
  });

  it('whole pipeline', () => {
    expect(brief(mentionsOf('The towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes.'))).toContain('Place:Carmen');
  });
});

describe('refiner towns-not-people: negative cases, the person stays', () => {
  it.each([
    ['no cue at all', 'Henderson said the plan would work.', 'Henderson', []],
    ['"from" alone addresses people too', 'She received a letter from Charlotte on Monday.', 'Charlotte', []],
    ['"at" without a verb of travel', 'He looked at Henderson and smiled.', 'Henderson', []],
    ['a possessive after a preposition', 'In Warren\u2019s campaign, the debt grew.', 'Warren', []],
    ['a country that opens a description', 'He met Obama, U.S. president at the time.', 'Obama', [['U.S.', 'Country', 'gazetteer:alias']]],
    ['a country in the possessive', 'He met Bolton, Britain\u2019s envoy.', 'Bolton', [['Britain', 'Country', 'gazetteer:name']]],
    ['a list of people', 'He is survived by Nadine, Ashley, Elizabeth, and Toni.', 'Elizabeth', [['Ashley', 'Person', 'compromise:person'], ['Toni', 'Person', 'compromise:person']]],
    ['a list next to a person named in full', 'Guests were Madrid, Carmen, and Anna Smith.', 'Carmen', [['Madrid', 'Country', 'gazetteer:capital'], ['Anna Smith', 'Person', 'compromise:person']]],
    ['a comma after a town is no list', 'In Madrid, Carmen spoke.', 'Carmen', [['Madrid', 'Country', 'gazetteer:capital']]],
    ['a given name that is no town, after a preposition', 'The award went in Carmen\u2019s name to the school.', 'Carmen', []],
  ] as [string, string, string, Known[]][])('%s', (_why, text, name, known) => {
    expect(refine(text, name, known)).toEqual([`Person:${name}`]);
  });

  it('the article names a person with the word', () => {
    const text = 'Charlotte Dujardin rode well. Fans in Charlotte cheered.';
    const at = text.lastIndexOf('Charlotte');
    const mentions: EntityMention[] = [
      { start: 0, end: 18, text: 'Charlotte Dujardin', type: 'Person', rule: 'compromise:person' },
      { start: at, end: at + 9, text: 'Charlotte', type: 'Person', rule: 'compromise:person' },
    ];
    expect(brief(townsNotPeopleRefiner.refine(mentions, contextOf(text)))).toEqual(['Person:Charlotte Dujardin', 'Person:Charlotte']);
  });

  it('a gazetteer mention is left alone', () => {
    const text = 'The team played in Chelsea.';
    const m: EntityMention = { start: 19, end: 26, text: 'Chelsea', type: 'Person', rule: 'gazetteer:name' };
    expect(brief(townsNotPeopleRefiner.refine([m], contextOf(text)))).toEqual(['Person:Chelsea']);
  });
});
