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
    ['particles inside the name, before the verb', 'On Monday Luiz Inacio Lula da Silva said no.', ['Person:Luiz Inacio Lula da Silva']],
    ['two particles, after the verb', '"No," said Ursula von der Leyen.', ['Person:Ursula von der Leyen']],
    ['four names when the first is a given name', 'Then Andres Manuel Lopez Obrador said no.', ['Person:Andres Manuel Lopez Obrador']],
    ['three names otherwise', 'Then Blue Tree Lopez Obrador said no.', ['Person:Tree Lopez Obrador']],
    ['no particle at the edge of the name', 'It was de Silva said no.', ['Person:Silva']],
    ['a determiner before the words: a modifier of a noun', 'It was welcomed by the Arab states on Monday.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule speaker-name: bodies that speak are no people', () => {
  it.each([
    ['a known company', 'Chris Wright of Red Hat said Red Hat had informed the board.', []],
    ['a name the article calls a company', 'The software company Acme Widgets cut jobs. Acme Widgets said it was sorry.', []],
    ['a name written with a corporate suffix', 'Bolt Motors Inc. makes cars. Bolt Motors said sales fell.', []],
    ['a name ending in a body head word', 'Acme Group said sales fell.', []],
    ['a name running on into a body head word', '"Sales fell," said Acme Council.', []],
    ['a person after a company noun with a given name', 'The company founder Jane Berg said sales fell.', ['Person:Jane Berg']],
    ['a person named in a company article', 'The firm Acme Widgets cut jobs. Anna Kowalska said she was sad.', ['Person:Anna Kowalska']],
    ['the end of a body\'s name after "of"', 'The Ministry of Foreign Affairs said it would act.', []],
    ['the end of a body\'s name after "on"', 'The Council on Foreign Relations said so.', []],
    ['the body a person speaks for', 'Jane Berg of Acme said sales fell.', []],
    ['the end of a body\'s portfolio after "and"', 'The Ministry of Foreign Affairs and International Cooperation said so.', []],
    ['a person after a body\'s name and "and"', 'The Ministry of Health and Jane Berg said so.', ['Person:Jane Berg']],
    ['a body speaking of itself', 'McClatchy said its debts were too high.', []],
    ['a company compromise knows', 'On Monday Nissan said sales fell.', []],
    ['an unknown word is still a speaker', 'On Monday Grushko said sales fell.', ['Person:Grushko']],
    ['a person speaking of a thing', 'Jane Berg said it was fine.', ['Person:Jane Berg']],
    ['a given name speaking of a thing', 'Later Jane said it was fine.', ['Person:Jane']],
    ['a person after a list with "and"', 'Anna Kowalska and Jane Berg said so.', ['Person:Jane Berg']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule speaker-name: a capital city that speaks is a surname', () => {
  it.each([
    ['full name found through the speaking surname', 'Valeska Paris left the ship. Later Paris claims she was held.', ['Person:Valeska Paris']],
    ['a capital that does not speak stays a city', 'Valeska Paris left the ship for Paris.', []],
    ['a capital after an unknown given name, then used alone', 'The attacker, identified as Sudesh Amman, 20, was jailed. Amman had a notepad.', ['Person:Sudesh Amman']],
    ['after a known given name, then used alone', 'Police named him as Karim Amman. Amman was 20.', ['Person:Karim Amman']],
    ['never used alone later', 'The attacker, identified as Sudesh Amman, 20, was jailed.', []],
    ['used alone only after another capitalised word', 'Sudesh Amman was jailed. He had lived in East Amman.', []],
    ['used alone only after a preposition', 'Police named him as Sudesh Amman. He flew to Jordan and on from Amman.', []],
    ['the pair opens a longer name', 'She won the Tradewise Gibraltar Chess Festival. Gibraltar is small.', []],
    ['an ordinary word before the capital', 'Greater Amman grew fast. Amman is the capital.', []],
  ])('%s', (_why, text, expected) => {
    expect(speakerNameRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`)).toEqual(expected);
  });
});
