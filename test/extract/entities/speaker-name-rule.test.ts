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
