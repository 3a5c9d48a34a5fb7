import { resolvePronoun, resolveSpeakerPhrase } from '../../src/resolve/speakers';
import { quoteLexicon } from '../../src/extract/quotes/lexicon';
import { layoutText } from '../../src/extract/text';
import { entityIndexFor } from '../fixtures/entity-index';
import { PEOPLE, quotesOf } from '../fixtures/quotes/helpers';

const LOPEZ = 'person:maria-lopez';
const OKAFOR = 'person:john-okafor';

describe('pronoun speakers', () => {
  it.each([
    ['one person in the sentence before', 'Lopez visited the dam on Monday. "The water is rising fast," she said.', LOPEZ],
    ['one person earlier in the same sentence', 'After Okafor met the farmers, "the talks went well," he said.', OKAFOR],
    ['one person in the paragraph before', 'Okafor spoke in the capital on Friday.\n\nThe hall was full. "We are ready," he said.', OKAFOR],
    ['an organisation for "it"', 'The Health Ministry published new figures. "Cases are falling in every region," it said.', 'org:health-ministry'],
  ])('resolves with %s', (_case, text, speaker) => {
    const quotes = quotesOf(text, PEOPLE);
    expect(quotes[quotes.length - 1].speaker).toBe(speaker);
  });

  it.each([
    ['two people in reach', 'Lopez met Okafor on Monday. "The talks went well," he said.'],
    ['nobody in reach', 'The meeting ended late. "The talks went well," he said.'],
    ['only a person named inside a quote', '"Lopez is wrong about this," he said.'],
    ['"they", which names no one for sure', 'Lopez met the farmers. "We want water," they said.'],
  ])('leaves the speaker unresolved with %s', (_case, text) => {
    const quotes = quotesOf(text, PEOPLE);
    const q = quotes[quotes.length - 1];
    expect(q.speaker).toBeNull();
    expect(q.speakerText?.toLowerCase()).toMatch(/^(he|they)$/);
  });

  it('looks only before the pronoun', () => {
    const text = '"The talks went well," he said, before Lopez arrived.';
    const layout = layoutText(text);
    const at = text.indexOf('he said');
    expect(resolvePronoun(at, 'Person', layout, text, entityIndexFor(text, PEOPLE))).toBeNull();
  });
});

describe('resolveSpeakerPhrase', () => {
  const lex = quoteLexicon();
  it.each([
    ['a full name with a title', 'Foreign Minister Maria Lopez', LOPEZ],
    ['a surname', 'Lopez', LOPEZ],
    ['a person named after a country adjective', 'German minister Maria Lopez', LOPEZ],
    ['an organisation', 'the Health Ministry', 'org:health-ministry'],
    ['a descriptor with an organisation after a preposition', 'a spokesman for the Health Ministry', null],
    ['a common noun', 'a local official', null],
    ['an adjective country only', 'German officials', null],
    ['two conjoined speakers', 'Maria Lopez and John Okafor', null],
    ['the person before a preposition, not one after it', 'economist Maria Lopez of the Anna Berg Institute', LOPEZ],
  ])('%s', (_case, phrase, expected) => {
    const text = `${phrase} said so.`;
    const layout = layoutText(text);
    const span = { start: 0, end: phrase.length };
    expect(resolveSpeakerPhrase(span, phrase, layout, text, entityIndexFor(text, PEOPLE), lex)).toBe(expected);
  });
});
