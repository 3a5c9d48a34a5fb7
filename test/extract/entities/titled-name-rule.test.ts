import { titledNameRule } from '../../../src/extract/entities/rules/titled-name-rule';
import { contextOf } from './helpers';

const propose = (text: string) => titledNameRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`);

describe('rule titled-name', () => {
  it.each([
    ['multi-word title stays out of the name', 'Russian Deputy Foreign Minister Alexander Grushko said so.', ['Person:Alexander Grushko']],
    ['title after a country name', 'United Kingdom Prime Minister Keir Starmer held a call.', ['Person:Keir Starmer']],
    ['lower-case title', 'Then prime minister Jacinda Ardern spoke.', ['Person:Jacinda Ardern']],
    ['possessive ends the name', "President Trump's plan failed.", ['Person:Trump']],
    ['honorific', 'Mr Key said no.', ['Person:Key']],
    ['initials stay in the name', 'Senator John F. Kennedy arrived.', ['Person:John F. Kennedy']],
    ['title of a company is not a person', 'General Motors fell.', []],
    ['title before a country is not a person', 'The President Russia wanted was absent.', []],
    ['title alone', 'The president spoke.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule titled-name: names that hold calendar words', () => {
  it.each([
    ['a month as surname', 'Prime Minister Theresa May resigned.', ['Person:Theresa May']],
    ['a month after a surname is not part of it', 'President Trump May visit.', ['Person:Trump']],
  ])('%s', (_why, text, expected) => {
    expect(titledNameRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`)).toEqual(expected);
  });
});

describe('rule titled-name: appositions', () => {
  it.each([
    ['name set off by commas', "According to the team's coach, Alireza Mehraban, the robot won.", ['Person:Alireza Mehraban']],
    ['one word after a comma is not enough', 'Ask the president, Trump said.', []],
  ])('%s', (_why, text, expected) => {
    expect(titledNameRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`)).toEqual(expected);
  });
});
