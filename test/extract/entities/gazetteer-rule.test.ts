import { gazetteerRule } from '../../../src/extract/entities/rules/gazetteer-rule';
import { brief, contextOf, mentionsOf } from './helpers';

const propose = (text: string) =>
  gazetteerRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}=${m.canonical}`);

describe('rule gazetteer', () => {
  it.each([
    ['a demonym stands for its country', 'Russian officials agreed.', ['Country:Russian=Russia']],
    ['"French" is France, not a French territory', 'French media reported it.', ['Country:French=France']],
    ['news alias with dots', 'He met U.S. mediators.', ['Country:U.S.=United States']],
    ['alias "Britain"', 'Britain sent aid.', ['Country:Britain=United Kingdom']],
    ['seat of government, possessive split off', "The Kremlin's view was clear.", ['Country:Kremlin=Russia']],
    ['capital used for the state', 'Allies to Kyiv agreed.', ['Country:Kyiv=Ukraine']],
    ['capital as a location is a place', 'They met in Paris.', ['Place:Paris=Paris']],
    ['seat as a location is a place', 'It was held at the Elysee Palace.', ['Place:Elysee Palace=Elysee Palace']],
    ['longest match wins', 'The North Atlantic Treaty Organization met.', ['Organization:North Atlantic Treaty Organization=NATO']],
    ['outlet with its article', 'The Telegraph reported it.', ['MediaOutlet:The Telegraph=The Telegraph']],
    ['agency', 'Reuters and AFP carried it.', ['MediaOutlet:Reuters=Reuters', 'MediaOutlet:AFP=AFP']],
    ['ambiguous name before a surname is not a country', 'Jordan Peterson spoke.', []],
    ['ambiguous name before a title still counts', 'US President Joe Biden spoke.', ['Country:US=United States']],
    ['US state is a place', 'A man from Utah won.', ['Place:Utah=Utah']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('known names that start with a widget word', () => {
  it.each([
    ['"Home" of "Home Office"', 'Later the Home Office said it would not.', ['Organization:Home Office']],
    ['"Home" alone is still widget text', 'Home | News | Sport', []],
  ])('%s', (_why, text, expected) => {
    expect(brief(mentionsOf(text))).toEqual(expected);
  });
});
