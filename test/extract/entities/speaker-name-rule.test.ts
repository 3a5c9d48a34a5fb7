import { speakerNameRule } from '../../../src/extract/entities/rules/speaker-name-rule';
import { contextOf } from './helpers';

const propose = (text: string) => speakerNameRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`);

describe('rule speaker-name', () => {
  it.each([
    ['name before the verb', 'Later Amneh Jafari said she was glad.', ['Person:Amneh Jafari']],
    ['name after the verb', '"It was fine," said Amneh Jafari.', ['Person:Amneh Jafari']],
    ['a known country is not a speaker', 'Russia said no.', []],
    ['stop words are not speakers', 'Officials said no.', []],
    ['an organisation head is not a speaker', 'The Home Office said no.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule speaker-name: a capital city that speaks is a surname', () => {
  it.each([
    ['full name found through the speaking surname', 'Valeska Paris left the ship. Later Paris claims she was held.', ['Person:Valeska Paris']],
    ['a capital that does not speak stays a city', 'Valeska Paris left the ship for Paris.', []],
  ])('%s', (_why, text, expected) => {
    expect(speakerNameRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`)).toEqual(expected);
  });
});
