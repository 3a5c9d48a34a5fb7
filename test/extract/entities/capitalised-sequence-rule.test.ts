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

describe('rule capitalised-sequence: a person of a body', () => {
  it.each([
    ['name of a council', 'It was signed by Maria Novak of the Council of Europe today.', ['Person:Maria Novak', 'Organization:Council of Europe']],
    ['name of a university', 'Then Lina Ahmad Karimi of the University of Essex was there.', ['Person:Lina Ahmad Karimi', 'Organization:University of Essex']],
    ['one unknown word: only the body', 'Then Novak of the Council of Europe spoke.', ['Organization:Council of Europe']],
    ['head word on the left stays whole', 'Money came from the Bank of England at once.', ['Organization:Bank of England']],
    ['a title of a body is no person', 'She met the Secretary General of the United Nations there.', []],
    ['no given name: only the body', 'It was boycotted by Sunni Members of Parliament today.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: a body with its campus', () => {
  it.each([
    ['university at a town', 'She studied at the University of North Carolina at Greensboro then.', ['Organization:University of North Carolina at Greensboro']],
    ['"at" after other bodies ends the name', 'He spoke at the Council of Europe at noon.', ['Organization:Council of Europe']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: unknown names with evidence of a person', () => {
  it.each([
    ['surname alone elsewhere', 'Police arrested Khairi Saadallah on Sunday. Saadallah was charged.', ['Person:Khairi Saadallah']],
    ['age in an aside', 'The suspect, Khairi Saadallah, 25, was charged.', ['Person:Khairi Saadallah']],
    ['"who" in an aside', 'The report named Khairi Saadallah, who was charged.', ['Person:Khairi Saadallah']],
    ['no evidence: left alone', 'The bill passed the Lok Sabha on Monday.', []],
    ['no evidence: a street', 'The new Southbank Boulevard opened on Monday.', []],
    ['ordinary word inside', 'They read Counter Strike news. Strike action followed, and the strike ended.', []],
    ['surname only inside another run', 'Police arrested Khairi Saadallah on Sunday. The Saadallah Foundation spoke.', ['Organization:Saadallah Foundation']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});
