import type { EntityMention } from '../../../src/types';
import { wholeNamesRefiner } from '../../../src/extract/entities/refiners/whole-names';
import { brief, contextOf, mentionsOf } from './helpers';

/** A compromise organisation guess covering `part` of `text`. */
function guess(text: string, part: string, rule = 'compromise:organization'): EntityMention {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type: 'Organization', rule };
}

const refine = (text: string, part: string, rule?: string) => brief(wholeNamesRefiner.refine([guess(text, part, rule)], contextOf(text)));

describe('refiner whole-names', () => {
  it.each([
    ['a company head after the guess', 'The deal was signed with Life Care Solutions Europe on Monday.', 'Life Care', ['Organization:Life Care Solutions']],
    ['a plural body head', 'He leads Advanced Development Programs at Blue Origin in Kent.', 'Advanced Development', ['Organization:Advanced Development Programs']],
    ['the last head of up to three words', 'Staff of Acme Widget Clinic Services walked out.', 'Acme Widget', ['Organization:Acme Widget Clinic Services']],
    ['a law is no organisation', 'Millions rely on the Affordable Care Act for insurance.', 'Affordable Care', []],
    ['nor a treaty', 'They signed the Open Skies Treaty in 1992.', 'Open Skies', []],
    ['a name word before the guess', 'She was last seen at the Kamway Lodge & Tavern on Friday.', 'Lodge & Tavern', ['Organization:Kamway Lodge & Tavern']],
    ['two name words before it', 'A leak hit the Mid Wales Tourism Partnership last week.', 'Tourism Partnership', ['Organization:Mid Wales Tourism Partnership']],
    ['a title that runs on past the guess ends it', 'Acme Chief Financial Officer Ngozi Okonjo said the figures were strong.', 'Acme Chief', ['Organization:Acme']],
    ['a title after the guess ends the rest', 'Staff at Acme Widget Chief Executive Mary Barra spoke.', 'Acme Widget', ['Organization:Acme Widget']],
  ])('%s', (_why, text, part, expected) => {
    expect(refine(text, part)).toEqual(expected);
  });

  it.each([
    ['no capitalised word follows', 'Talks with Life Care ended.', 'Life Care'],
    ['the next word is no head ("Tesco Polska")', 'Sales at Tesco Polska fell.', 'Tesco'],
    ['a comma ends the name', 'Life Care, Solutions Europe and others came.', 'Life Care'],
    ['a possessive ends the name', "Life Care's Solutions Group grew.", 'Life Care'],
    ['the next sentence starts', 'They met Life Care. Services resumed later.', 'Life Care'],
    ['an acronym follows', 'They met Life Care NHS officials.', 'Life Care'],
    ['an adjective before it', 'The Virginia-based Symplicity Corporation grew.', 'Symplicity Corporation'],
    ['a sentence start before it', 'Former Symplicity Corporation staff spoke.', 'Symplicity Corporation'],
    ['a title before it', 'It was Chairman Acme Holdings that paid.', 'Acme Holdings'],
    ['a weekday before it', 'It was Monday Acme Holdings paid.', 'Acme Holdings'],
    ['a title that ends inside the guess', 'Crowds gathered at Notre Dame on Monday.', 'Notre Dame'],
    ['a title that ends inside the guess before a full stop', 'Fire in the frame of Notre Dame. Image: Reuters.', 'Notre Dame'],
    ['a title after a function word', 'Staff of the Office of the Chief Medical Officer spoke.', 'Office of the Chief'],
  ])('keeps the guess as it is: %s', (_why, text, part) => {
    expect(refine(text, part)).toEqual([`Organization:${part}`]);
  });

  it.each([
    ['a gazetteer name', 'The NATO Council Act passed.', 'NATO', 'gazetteer:name'],
    ['another rule', 'The Open Skies Treaty passed.', 'Open Skies', 'capitalised-sequence:organization'],
  ])('leaves other rules alone: %s', (_why, text, part, rule) => {
    expect(refine(text, part, rule)).toEqual([`Organization:${part}`]);
  });
});

describe('whole names through the pipeline', () => {
  it.each([
    ['The deal was signed with Life Care Solutions Europe on Monday.', 'Organization:Life Care Solutions'],
    ['He leads Advanced Development Programs at Blue Origin in Kent.', 'Organization:Advanced Development Programs'],
    // "Clinic" is a body head: the capitalised run splits at "and" into two names.
    ['Patients went to the Acute Primary Care Clinic and Leulumoega District hospital.', 'Organization:Acute Primary Care Clinic'],
  ])('%s', (text, expected) => {
    expect(brief(mentionsOf(text))).toContain(expected);
  });

  it.each([
    ['Millions rely on the Affordable Care Act for insurance.', 'Affordable Care'],
    ['Patients went to the Acute Primary Care Clinic and Leulumoega District hospital.', 'Acute Primary Care Clinic and Leulumoega District'],
  ])('no mention "%s" → not %s', (text, wrong) => {
    expect(mentionsOf(text).map((m) => m.text)).not.toContain(wrong);
  });
});

describe('refiner whole-names: a guessed body with the words of a person named in full', () => {
  const person = (text: string, part: string): EntityMention => {
    const start = text.lastIndexOf(part);
    return { start, end: start + part.length, text: part, type: 'Person', rule: 'compromise:person' };
  };
  it('the full name found elsewhere makes it a person', () => {
    const text = "Fans of Taylor Swift waited. A deal needs Taylor Swift's management.";
    const second = text.lastIndexOf('Taylor Swift');
    const body: EntityMention = { start: second, end: second + 12, text: 'Taylor Swift', type: 'Organization', rule: 'compromise:organization' };
    const out = wholeNamesRefiner.refine([person(text.slice(0, 30), 'Taylor Swift'), body], contextOf(text));
    expect(out.map((m) => `${m.type}:${m.start}`)).toEqual([`Person:${text.indexOf('Taylor Swift')}`, `Person:${second}`]);
  });

  it.each([
    ['only a surname found elsewhere', "Swift waited. A deal needs Taylor Swift's management.", 'Taylor Swift', 'Swift'],
    ['a different full name', "Fans of Tom Swift waited. A deal needs Taylor Swift's management.", 'Taylor Swift', 'Tom Swift'],
  ])('stays a body: %s', (_why, text, body, name) => {
    const second = text.lastIndexOf(body);
    const mentions: EntityMention[] = [person(text.slice(0, text.indexOf('.')), name), { start: second, end: second + body.length, text: body, type: 'Organization', rule: 'compromise:organization' }];
    expect(wholeNamesRefiner.refine(mentions, contextOf(text)).find((m) => m.text === body)?.type).toBe('Organization');
  });
});
