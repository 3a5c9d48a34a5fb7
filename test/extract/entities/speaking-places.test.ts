// Refiner speaking-places: a guessed "... Center" that the article makes speak or report is a body.
import type { EntityMention } from '../../../src/types';
import { speakingPlacesRefiner } from '../../../src/extract/entities/refiners/speaking-places';
import { brief, contextOf, mentionsOf } from './helpers';

/** A place candidate on every occurrence of `name` in `text`. */
function refine(text: string, name: string, rule = 'capitalised-sequence'): string[] {
  const candidates: EntityMention[] = [...text.matchAll(new RegExp(name, 'g'))]
    .map((f) => ({ start: f.index ?? 0, end: (f.index ?? 0) + name.length, text: name, type: 'Place', rule }));
  return brief(speakingPlacesRefiner.refine(candidates, contextOf(text)));
}

describe('refiner speaking-places: the centre is a body', () => {
  it.each([
    ['a speech verb after it', 'The Northern Flood Center said the river would crest.', 'Northern Flood Center'],
    ['a report verb after it', 'Later the Northern Flood Center upgraded its warning.', 'Northern Flood Center'],
    ['a report verb after its abbreviation', 'The Northern Flood Center (NFC) reported rain.', 'Northern Flood Center'],
    ['"has" before the verb', 'The Regional Storm Centre has confirmed the landfall.', 'Regional Storm Centre'],
    ['"according to" before it', 'Rain fell, according to the Regional Storm Centre.', 'Regional Storm Centre'],
  ])('%s', (_why, text, name) => {
    expect(refine(text, name)).toEqual([`Organization:${name}`]);
  });

  it('every mention of the name follows the one that speaks', () => {
    const text = 'Staff at the Northern Flood Center worked all night. The Northern Flood Center said the river would crest.';
    expect(refine(text, 'Northern Flood Center')).toEqual(['Organization:Northern Flood Center', 'Organization:Northern Flood Center']);
  });

  it('whole pipeline', () => {
    expect(brief(mentionsOf('The storm weakened, according to the Northern Flood Center.'))).toContain('Organization:Northern Flood Center');
  });
});

describe('refiner speaking-places: negative cases, the place stays', () => {
  it.each([
    ['a venue where things happen', 'The band played at the Riverbend Music Center on Friday.', 'Riverbend Music Center'],
    ['a verb that says nothing', 'The Riverbend Music Center opened in 1984.', 'Riverbend Music Center'],
    ['another head', 'The Kamloops Arena said it would close.', 'Kamloops Arena'],
  ])('%s', (_why, text, name) => {
    expect(refine(text, name)).toEqual([`Place:${name}`]);
  });

  it('a place the gazetteer knows', () => {
    expect(refine('The Riverbend Music Center said it would close.', 'Riverbend Music Center', 'gazetteer:name')).toEqual(['Place:Riverbend Music Center']);
  });
});
