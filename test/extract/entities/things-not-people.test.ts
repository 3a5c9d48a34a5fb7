import type { EntityMention } from '../../../src/types';
import { thingsNotPeopleRefiner } from '../../../src/extract/entities/refiners/things-not-people';
import { brief, contextOf, mentionsOf } from './helpers';

/** Every use of `name` in `text`, as a mention proposed by `rule`. */
function usesOf(text: string, name: string, rule = 'compromise:person'): EntityMention[] {
  const out: EntityMention[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, text: name, type: 'Person', rule });
  return out;
}

const refine = (text: string, mentions: EntityMention[]) => brief(thingsNotPeopleRefiner.refine(mentions, contextOf(text)));

describe('refiner things-not-people', () => {
  it.each([
    ['a power plant', 'The Costa Sur power plant was damaged. Costa Sur provided power for a quarter of homes.', 'Costa Sur'],
    ['an oil field', 'She was stranded after a visit to the Johan Sverdrup oil field.', 'Johan Sverdrup'],
    ['a device', 'You can stream it from any Alexa device. Alexa is cheap.', 'Alexa'],
    ['a cathedral', 'The first bomb went off within the Roman Catholic cathedral.', 'Roman Catholic'],
    ['products in the plural', 'Take the case of John Deere tractors. John Deere is doing that.', 'John Deere'],
    ['a run of capitals\' guess', 'The Costa Sur power plant was damaged.', 'Costa Sur', 'capitalised-sequence:person'],
    ['a guess a refiner changed since', 'The Costa Sur power plant was damaged.', 'Costa Sur', 'compromise:organization+whole-names:person'],
  ])('drops every guessed use: %s', (_why, text, name, rule = 'compromise:person') => {
    expect(refine(text, usesOf(text, name, rule))).toEqual([]);
  });

  it.each([
    ['a possessive before the noun', 'Investigators searched Hunter Biden\'s laptop and Jane Berg\'s device.', 'Jane Berg'],
    ['a noun a person\'s name modifies', 'The Jane Berg campaign said the Jane Berg administration would act.', 'Jane Berg'],
    ['a thing noun inside a longer word', 'Jane Berg devicesmith was there.', 'Jane Berg'],
    ['a thing noun in the next sentence', 'They thanked Jane Berg. Church bells rang.', 'Jane Berg'],
    ['a noun that is not a thing', 'Jane Berg, a mother of two, spoke to Jane Berg supporters.', 'Jane Berg'],
  ])('keeps the person: %s', (_why, text, name) => {
    const uses = usesOf(text, name);
    expect(refine(text, uses)).toEqual(uses.map(() => `Person:${name}`));
  });

  it('keeps a name another rule reads as a person\'s', () => {
    const text = 'Senator Jane Berg spoke. The Jane Berg oil field opened.';
    const titled: EntityMention = { start: 8, end: 17, text: 'Jane Berg', type: 'Person', rule: 'titled-name' };
    const guessed = usesOf(text, 'Jane Berg').filter((m) => m.start !== titled.start);
    expect(refine(text, [titled, ...guessed])).toEqual(['Person:Jane Berg', 'Person:Jane Berg']);
  });

  it('leaves other types alone', () => {
    const text = 'The Acme power plant was closed.';
    const m: EntityMention = { start: 4, end: 8, text: 'Acme', type: 'Organization', rule: 'compromise:organization' };
    expect(refine(text, [m])).toEqual(['Organization:Acme']);
  });
});

describe('things-not-people through the pipeline', () => {
  const people = (text: string) => brief(mentionsOf(text)).filter((m) => m.startsWith('Person:'));

  it.each([
    ['Fixing the island\'s largest power plant may take a year. The Costa Sur power plant at Guayanilla was close to the epicenter. Costa Sur provided power for a quarter of homes.'],
    ['The first bomb went off within the Roman Catholic cathedral; the second in its car park.'],
  ])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps a person whose name the article also writes with a title', () => {
    expect(people('Senator Jane Berg visited the site on Monday. She toured the Jane Berg power plant.')).toEqual(['Person:Jane Berg', 'Person:Jane Berg']);
  });
});
