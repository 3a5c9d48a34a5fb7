import { placeGuessHolds } from '../../../src/extract/entities/rules/compromise-rule';
import { brief, contextOf, mentionsOf } from './helpers';

const holds = (guess: string, text = 'No other words.') => placeGuessHolds(contextOf(text), guess);

describe('compromise place guesses that hold', () => {
  it.each([
    ['a known country', 'Ukraine'],
    ['a known town', 'Pandeglang'],
    ['an unknown one-word name', 'Yeoncheon'],
    ['a name after lower-case words', 'town of Yeoncheon'],
    ['a place head last', 'Kaimana Beach'],
    ['a place head before "of"', 'Gulf of Oman'],
    ['a place prefix first', 'Punta Tombo'],
    ['a known place inside', "Afghanistan's Maidan Wardak"],
    ['a given name before a street', 'Charlotte Street'],
    ['a place head first', 'County Galway'],
    ['a place noun after the name', 'Nagorno-Karabakh region'],
  ])('%s: %s', (_why, guess) => {
    expect(holds(guess)).toBe(true);
  });
});

describe('compromise place guesses that are dropped', () => {
  it.each([
    ['an abstract noun', 'Operation'],
    ['a compound of two ordinary words', 'Countdown'],
    ['an adjective in the lexicon', 'Grand'],
    ['a title', 'Senator'],
    ['a title of two words', 'District Judge'],
    ['no place head', 'Northern Arena Esports'],
    ['a person with a surname head', 'Marc Lamont Hill'],
    ['a person', 'Rich Bowen'],
    ['an ordinary word before a lower-case noun', 'Countdown clock'],
    ['an ordinary word with a closing quote', 'Countdown" site'],
  ])('%s: %s', (_why, guess) => {
    expect(holds(guess)).toBe(false);
  });

  it('drops a word the article writes in lower case too', () => {
    expect(holds('Groove', 'They found the groove again. Groove was back.')).toBe(false);
  });

  it('finds no place in ordinary capitalised words', () => {
    const found = brief(mentionsOf('The hackers began Operation Payback in May. Countdown to the release began.'));
    expect(found.filter((m) => m.startsWith('Place:'))).toEqual([]);
  });
});
