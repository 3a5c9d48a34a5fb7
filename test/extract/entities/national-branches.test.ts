import { nationalBranchesRefiner } from '../../../src/extract/entities/refiners/national-branches';
import type { EntityMention } from '../../../src/types';
import { brief, contextOf, mentionsOf } from './helpers';

/** A mention of `part` (its first occurrence in `text`). */
function at(text: string, part: string, type: EntityMention['type'], rule: string): EntityMention {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type, rule };
}

describe('refiner national-branches', () => {
  it.each([
    ['The British Red Cross said it would help.', 'British', 'Red Cross', ['Organization:British Red Cross']],
    ['Philippine Red Cross chair Richard Gordon spoke.', 'Philippine', 'Red Cross', ['Organization:Philippine Red Cross']],
  ])('a demonym before a body of national societies: %s', (text, demonym, body, expected) => {
    const mentions = [at(text, demonym, 'Country', 'gazetteer:demonym'), at(text, body, 'Organization', 'gazetteer:name')];
    expect(brief(nationalBranchesRefiner.refine(mentions, contextOf(text)))).toEqual(expected);
  });

  it.each([
    ['a body with no national societies', 'The Afghan Taliban claimed it.', 'Afghan', 'Taliban'],
    ['a word between them', 'The British and Red Cross teams came.', 'British', 'Red Cross'],
  ])('leaves the two apart: %s', (_why, text, demonym, body) => {
    const mentions = [at(text, demonym, 'Country', 'gazetteer:demonym'), at(text, body, 'Organization', 'gazetteer:name')];
    expect(brief(nationalBranchesRefiner.refine(mentions, contextOf(text)))).toEqual([`Country:${demonym}`, `Organization:${body}`]);
  });

  it.each([
    ['The British Red Cross said it would help refugees.', ['Organization:British Red Cross']],
    ['Staff of the Australian Red Cross flew in.', ['Organization:Australian Red Cross']],
    ['The Red Cross said it would help.', ['Organization:Red Cross']],
  ])('through the pipeline: %s', (text, expected) => {
    expect(brief(mentionsOf(text))).toEqual(expected);
  });

  it.each([
    ['The British Prime Minister spoke on Monday.', 'British Prime'],
    ['The Russian army moved south.', 'Russian army'],
    ['The French government fell.', 'French government'],
  ])('demonym + common noun stays a demonym: %s', (text, absent) => {
    expect(brief(mentionsOf(text)).some((m) => m.includes(absent))).toBe(false);
  });
});
