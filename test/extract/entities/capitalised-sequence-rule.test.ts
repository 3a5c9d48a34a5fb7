import { capitalisedSequenceRule } from '../../../src/extract/entities/rules/capitalised-sequence-rule';
import { contextOf } from './helpers';

const propose = (text: string) => capitalisedSequenceRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`);

describe('rule capitalised-sequence', () => {
  it.each([
    ['organisation head word', 'He studied at the University of Southern Indiana last year.', ['Organization:University of Southern Indiana']],
    ['head word at the end', 'The Irving Police Department said nothing.', ['Organization:Irving Police Department']],
    ['place head word', 'Fans filled the Nizhny Novgorod Stadium on time.', ['Place:Nizhny Novgorod Stadium']],
    ['outlet head word', 'The story ran in the Deseret News first.', ['MediaOutlet:Deseret News']],
    ['known given name', 'Yesterday Sarah Connor arrived.', ['Person:Sarah Connor']],
    ['unknown name after a place preposition', 'They still live in Herat today.', ['Place:Herat']],
    ['unknown acronym in running text', 'Troops of the KPA moved.', ['Organization:KPA']],
    ['common acronym', 'It was on TV again.', []],
    ['no cue: left to other rules', 'They met Zorblat Quinn.', []],
    ['sentence start without cue', 'Herat is far.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: towns with their region', () => {
  it.each([
    ['town, state', 'He lives in Irving, Texas with his family.', ['Place:Irving']],
    ['town, country', 'They came from Evansville, United States last year.', ['Place:Evansville']],
    ['a name before a city is no town', 'It was Smith, Paris and Jones.', []],
  ])('%s', (_why, text, expected) => {
    expect(capitalisedSequenceRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`)).toEqual(expected);
  });
});
