import type { EntityMention } from '../../../src/types';
import { resolveOverlapsRefiner } from '../../../src/extract/entities/refiners/overlaps';
import { brief, contextOf, mentionsOf } from './helpers';

/** A candidate covering `part` of `text` (its first occurrence). */
function candidate(text: string, part: string, type: EntityMention['type'], rule: string): EntityMention {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type, rule };
}

const refine = (text: string, candidates: [string, EntityMention['type'], string][]) =>
  resolveOverlapsRefiner
    .refine(candidates.map(([part, type, rule]) => candidate(text, part, type, rule)), contextOf(text))
    .map((m) => `${m.type}:${m.text}`);

describe('refiner resolve-overlaps: places and bodies inside longer names', () => {
  it.each([
    ['a region inside "City, Region" stays', 'He lives in Irving, Texas now.',
      [['Irving, Texas', 'Place', 'gazetteer:city-region'], ['Irving', 'Place', 'gazetteer:city'], ['Texas', 'Place', 'gazetteer:name']],
      ['Place:Irving, Texas', 'Place:Texas']],
    ['a guessed body that adds words before a known one replaces it', 'The National Security Council met.',
      [['Security Council', 'Organization', 'gazetteer:alias'], ['National Security Council', 'Organization', 'capitalised-sequence:organization']],
      ['Organization:National Security Council']],
    ['countries inside it stay', 'The United States National Security Council met.',
      [['United States', 'Country', 'gazetteer:name'], ['Security Council', 'Organization', 'gazetteer:alias'],
        ['United States National Security Council', 'Organization', 'capitalised-sequence:organization']],
      ['Organization:United States National Security Council', 'Country:United States']],
    ['a given name before a known one-word body: a person', 'The wealthier Michael Bloomberg joined.',
      [['Bloomberg', 'MediaOutlet', 'gazetteer:name'], ['Michael Bloomberg', 'Person', 'capitalised-sequence:person']],
      ['Person:Michael Bloomberg']],
    ['no given name before it: the body', 'Then Lasting Bloomberg joined.',
      [['Bloomberg', 'MediaOutlet', 'gazetteer:name'], ['Lasting Bloomberg', 'Person', 'compromise:person']],
      ['MediaOutlet:Bloomberg']],
    ['a run that swallowed a person does not replace a known body', 'Justice Brett Kavanaugh Supreme Court ruled.',
      [['Supreme Court', 'Organization', 'gazetteer:name'], ['Brett Kavanaugh Supreme Court', 'Organization', 'capitalised-sequence:organization']],
      ['Organization:Supreme Court']],
    ['a run over a connector does not replace a known body', 'Then Ferraro the Democratic Party nominee spoke.',
      [['Democratic Party', 'Organization', 'gazetteer:name'], ['Ferraro the Democratic Party', 'Organization', 'capitalised-sequence:organization']],
      ['Organization:Democratic Party']],
    ['a guessed place never replaces a known outlet', 'Then New York City Mayor Michael Bloomberg spoke.',
      [['Bloomberg', 'MediaOutlet', 'gazetteer:name'], ['New York City Mayor Michael Bloomberg', 'Place', 'capitalised-sequence:place']],
      ['MediaOutlet:Bloomberg']],
  ] as [string, string, [string, EntityMention['type'], string][], string[]][])('%s', (_why, text, candidates, expected) => {
    expect(refine(text, candidates)).toEqual(expected);
  });

  it('a person wins over a one-word town inside the name', () => {
    expect(refine('Washington Irving wrote.', [['Irving', 'Place', 'gazetteer:city'], ['Washington Irving', 'Person', 'compromise:person']]))
      .toEqual(['Person:Washington Irving']);
  });
});

describe('whole pipeline: towns, regions and venues', () => {
  it.each([
    ['a town with its state', 'Ahmed Mohamed lives in Irving, Texas.', ['Place:Irving, Texas', 'Place:Texas']],
    ['a venue and the city inside it', 'England beat Tunisia at the Volgograd Arena on Monday.', ['Place:England', 'Place:Volgograd Arena', 'Place:Volgograd']],
    ['a known club is one name, with no place inside', 'Valencia beat Real Madrid on Sunday.', ['Place:Valencia', 'Organization:Real Madrid']],
    // The state is a word of the university's name (refiner nested-places); the campus town after "at" is a location.
    ['a body with its campus town', 'The Weatherspoon Art Museum at the University of North Carolina at Greensboro opened.', ['Organization:Weatherspoon Art Museum', 'Organization:University of North Carolina at Greensboro', 'Place:Greensboro']],
  ])('%s', (_why, text, expected) => {
    const got = brief(mentionsOf(text)).filter((m) => !m.startsWith('Person:') && !m.startsWith('Country:'));
    expect(got).toEqual(expected);
  });
});
