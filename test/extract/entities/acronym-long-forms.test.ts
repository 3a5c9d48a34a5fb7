// Refiner acronym-long-forms: the words before a bracketed abbreviation whose initials spell it are
// one name, whatever the rules cut out of them.
import type { EntityMention } from '../../../src/types';
import { acronymLongFormsRefiner } from '../../../src/extract/entities/refiners/acronym-long-forms';
import { brief, contextOf, mentionsOf } from './helpers';

type Candidate = [string, EntityMention['type']];

/** Candidates covering each `part` of `text` (its first occurrence), refined. */
function refine(text: string, parts: Candidate[]): string[] {
  const candidates = parts.map(([part, type]) => {
    const start = text.indexOf(part);
    return { start, end: start + part.length, text: part, type, rule: 'capitalised-sequence' };
  });
  return brief(acronymLongFormsRefiner.refine(candidates, contextOf(text)));
}

describe('refiner acronym-long-forms: the long form becomes one name', () => {
  it.each([
    [
      'a name cut at "in", its tail taken for a place',
      'said a fellow of the Institute for Studies in Marine Biology (ISMB) on Monday.',
      [['Institute for Studies', 'Organization'], ['Marine Biology', 'Place']],
      ['Organization:Institute for Studies in Marine Biology'],
    ],
    [
      'a place at the end of a body\'s name',
      'Trains were run by Transport for Wales (TfW) until May.',
      [['Wales', 'Country']],
      ['Organization:Transport for Wales'],
    ],
    [
      'a first word left out by the rules',
      'Scientists at the National Centre for Atmospheric Science (NCAS) agreed.',
      [['Centre for Atmospheric Science', 'Organization']],
      ['Organization:National Centre for Atmospheric Science'],
    ],
    [
      'a plural possessive inside the name',
      'A statement by the Farmers\' Union of Northern Provinces (FUNP) followed.',
      [['Northern Provinces', 'Place']],
      ['Organization:Farmers\' Union of Northern Provinces'],
    ],
  ] as [string, string, Candidate[], string[]][])('%s', (_why, text, parts, expected) => {
    expect(refine(text, parts)).toEqual(expected);
  });

  it('a mention running further back keeps the long form and the country before it', () => {
    const text = 'Dr Ann Lee of the United States National Centre for Atmospheric Science (NCAS) agreed.';
    expect(refine(text, [['Ann Lee', 'Person'], ['United States National Centre for Atmospheric Science', 'Organization']]))
      .toEqual(['Person:Ann Lee', 'Country:United States', 'Organization:National Centre for Atmospheric Science']);
  });

  it('keeps the mentions before the long form', () => {
    const text = 'Dr Ann Lee of Denver\'s Institute for Studies in Marine Biology (ISMB) spoke.';
    expect(refine(text, [['Ann Lee', 'Person'], ['Denver', 'Place'], ['Institute for Studies', 'Organization'], ['Marine Biology', 'Place']]))
      .toEqual(['Person:Ann Lee', 'Place:Denver', 'Organization:Institute for Studies in Marine Biology']);
  });

  it('whole pipeline: the abbreviation and its long form are one name', () => {
    const text = 'Trains were run by Transport for Wales (TfW) until May.';
    expect(brief(mentionsOf(text))).toContain('Organization:Transport for Wales');
    expect(brief(mentionsOf(text))).not.toContain('Country:Wales');
  });
});

describe('refiner acronym-long-forms: negative cases, nothing changes', () => {
  it.each([
    ['the mention already spells it', 'The European Union (EU) said so.', [['European Union', 'Organization']]],
    ['a foreign-language abbreviation', 'Agents of the Federal Security Service (FSB) came.', [['Federal Security Service', 'Organization']]],
    ['an agency credit after a town', 'Officials in Paris (AFP) said so.', [['Paris', 'Place']]],
    ['a lower-case word breaks the run', 'The plan of Bank staff in Northern Provinces (BSNP) failed.', [['Northern Provinces', 'Place']]],
    ['a possessive ends the run', 'Boulder\'s Environmental Sciences (BES) unit grew.', [['Environmental Sciences', 'Place']]],
    ['no mention before the bracket', 'The measure (GDP) rose by 2% in Ohio.', [['Ohio', 'Place']]],
  ] as [string, string, Candidate[]][])('%s', (_why, text, parts) => {
    expect(refine(text, parts)).toEqual(parts.map(([part, type]) => `${type}:${part}`));
  });
});
