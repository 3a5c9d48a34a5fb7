// Target selection (src/extract/stances/target.ts): which entity a stance is toward, rule by rule.
import { extractQuotes } from '../../../src/extract/quotes';
import { extractStances } from '../../../src/extract/stances';
import { layoutText } from '../../../src/extract/text';
import { EntityIndex } from '../../../src/resolve/entity-index';
import type { Role, Stance } from '../../../src/types';
import { articleOf, PEOPLE } from '../../fixtures/quotes/helpers';
import { entityIndexFor } from '../../fixtures/entity-index';

const LOPEZ = 'person:maria-lopez';
const OKAFOR = 'person:john-okafor';
const FRANCE = { key: 'country:fr', type: 'Country' as const, name: 'France', aliases: ['French'] };
const KYIV = { key: 'place:kyiv-ua', type: 'Place' as const, name: 'Kyiv' };
const ENTITIES = [...PEOPLE, FRANCE, KYIV];

/** Stances of a text; `roles` ties people to the country they serve (e.g. Okafor is French). */
function stancesOf(text: string, roles: Role[] = []): Stance[] {
  const layout = layoutText(text);
  const fixture = entityIndexFor(text, ENTITIES);
  const index = new EntityIndex(fixture.entities, roles);
  return extractStances(articleOf(text), layout, index, extractQuotes(articleOf(text), layout, index));
}

const OKAFOR_IS_FRENCH: Role[] = [{ person: OKAFOR, title: 'President', of: 'country:fr' }];

describe('stance target rules', () => {
  it.each([
    ['decider: who is given a say', '"It is not up to Russia to decide that," Okafor said.', OKAFOR, 'Russia deciding whether to decide', 'country:ru'],
    ['topic: the object of the infinitive', 'Lopez argued that Ukraine will not be allowed to join NATO.', LOPEZ, 'Ukraine joining NATO', 'org:nato'],
    ['topic: an entity inside the object phrase', '"We refuse to sign any deal with Russia," Okafor said.', OKAFOR, 'signing any deal with Russia', 'country:ru'],
    ['back-reference: "its territory" points to the country named earlier', 'Lopez said that if Ukraine asks, she would be willing to station engineers on its territory.', LOPEZ, 'stationing engineers on its territory', 'country:ua'],
    ['placement: forces kept out of the country of the clause', 'Okafor argued that Ukraine must stay neutral and foreign military contingents are kept out.', OKAFOR, 'foreign military contingents', 'country:ua'],
    ['topic: a place named in the deployment wins over the story country', 'Okafor said he would be willing to deploy troops near Kyiv.', OKAFOR, 'deploying troops near Kyiv', 'place:kyiv-ua'],
  ])('%s', (_rule, text, holder, topic, target) => {
    const found = stancesOf(text).map((s) => ({ holder: s.holder, topic: s.topic, target: s.target }));
    expect(found).toContainEqual({ holder, topic, target });
  });

  it('takes the country the story is about as the place of an unlocated deployment', () => {
    const text = [
      'Fighting in Ukraine continued on Monday. Ukraine asked for help, and Russia said talks in Ukraine were possible.',
      'Okafor said he would be willing to send troops.',
    ].join('\n\n');
    const [s] = stancesOf(text, OKAFOR_IS_FRENCH);
    expect([s.holder, s.topic, s.target]).toEqual([OKAFOR, 'sending troops', 'country:ua']);
  });

  it('never gives the holder, or the country the holder serves, as the placement target', () => {
    const text = 'French officials met in France. France, France and France again. Okafor said France would be willing to send troops.';
    const stances = stancesOf(text, OKAFOR_IS_FRENCH);
    expect(stances.length).toBeGreaterThan(0);
    for (const s of stances) expect(s.target).not.toBe('country:fr');
  });
});

describe('stance target rules: negative cases (no target)', () => {
  it.each([
    ['a topic that names nothing', '"We support the new treaty on water," Lopez said.'],
    ['a place pronoun with no country before it in the clause', '"We support building homes on its land," Lopez said.'],
    ['"its" pointing to an organisation, not to a country of the clause', 'Germany said Lopez would support the company in rebuilding its site.'],
    ['an entity named only as a comparison', 'Lopez called for the decriminalization of drugs like Germany.'],
    ['a deployment in a story that is about no country in particular', 'Lopez said she would be willing to send nurses and troops.'],
    ['a country mentioned too rarely to be what the story is about', 'Germany was mentioned once. Lopez said she would be willing to send troops.'],
  ])('%s', (_case, text) => {
    const stances = stancesOf(text);
    expect(stances.length).toBeGreaterThan(0);
    expect(stances.map((s) => s.target)).toEqual(stances.map(() => null));
  });
});
