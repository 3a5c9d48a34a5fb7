import { datelineOf, datelinePlaceRule } from '../../../src/extract/entities/rules/dateline-place-rule';
import { brief, contextOf, mentionsOf } from './helpers';

const proposed = (text: string) => brief(datelinePlaceRule.propose(contextOf(text)));

describe('rule dateline-place: the town a story was filed from', () => {
  it.each([
    ['a capital and a double hyphen', 'BERLIN -- The European Space Agency says so.', ['Place:BERLIN']],
    ['a town, its state abbreviated, the agency', 'SANTA FE, N.M. (AP) — A cat has been found.', ['Place:SANTA FE']],
    ['a town and its country', 'DUBAI, United Arab Emirates — Iran said on Monday it would act.', ['Place:DUBAI']],
    ['a town and its state, en dash', 'CLEVELAND, Ohio – The team lost again.', ['Place:CLEVELAND']],
    ['a word the lexicon knows only as a place', 'WASHINGTON — The president said so.', ['Place:WASHINGTON']],
    ['the agency alone', 'LONDON (AP) — Britain said so.', ['Place:LONDON']],
    ['a city-state is its country', 'SINGAPORE — The government said so.', ['Country:SINGAPORE']],
    ['a later paragraph of the text', 'A caption of a photo.\n\nMADRID — Spain won.', ['Place:MADRID']],
  ])('%s', (_why, text, expected) => {
    expect(proposed(text)).toEqual(expected);
  });

  it.each([
    ['an editor\'s word', 'UPDATE — The president said so.'],
    ['an unknown word in capitals', 'EXCLUSIVE — The president said so.'],
    ['an organisation\'s acronym', 'NASA - The agency said so.'],
    ['a short abbreviation', 'US — The country said so.'],
    ['no dash after the town', 'BERLIN is a city in Germany.'],
    ['not at the start of a paragraph', 'He flew to BERLIN — and back.'],
    ['a town written in mixed case', 'Berlin — The city said so.'],
  ])('nothing: %s', (_why, text) => {
    expect(proposed(text)).toEqual([]);
  });

  it.each([
    ['SANTA FE, N.M. (AP) — ', { town: 'SANTA FE', region: 'N.M.' }],
    ['BERLIN -- ', { town: 'BERLIN' }],
  ])('datelineOf(%j)', (opening, expected) => {
    expect(datelineOf(`${opening}The story.`)).toEqual(expected);
  });

  it('the whole pipeline keeps the town, and the words after it', () => {
    expect(brief(mentionsOf('BERLIN -- The European Space Agency says putting astronauts to sleep could help.')))
      .toEqual(['Place:BERLIN', 'Organization:European Space Agency']);
  });
});
