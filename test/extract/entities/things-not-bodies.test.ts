import type { EntityMention } from '../../../src/types';
import { thingsNotBodiesRefiner } from '../../../src/extract/entities/refiners/things-not-bodies';
import { contextOf, mentionsOf } from './helpers';

/** The organisation and outlet mentions of a text, as "text" strings. */
const bodies = (text: string) => mentionsOf(text).filter((m) => m.type === 'Organization' || m.type === 'MediaOutlet').map((m) => m.text);

/** Every use of `name` in `text`, as one rule proposed it. */
function uses(text: string, name: string, rule: string, type: EntityMention['type'] = 'Organization'): EntityMention[] {
  return [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
    start: m.index ?? 0, end: (m.index ?? 0) + name.length, text: name, type, rule,
  }));
}

const refine = (text: string, mentions: EntityMention[]) => thingsNotBodiesRefiner.refine(mentions, contextOf(text)).map((m) => m.text);

describe('refiner things-not-bodies: guessed bodies that name things', () => {
  it.each([
    ['a connector type', 'The car has a console with more storage and USB-C ports.', 'USB-C', 'capitalised-sequence:organization'],
    ['a party-state code', 'In October, Rep. David McKinley, R-W.Va., visited the border.', 'R-W', 'capitalised-sequence:organization'],
    ['an acronym before "platform"', 'It is based on the new MEB platform. The MEB is flexible.', 'MEB', 'capitalised-sequence:organization'],
    ['an acronym before "program"', 'Ceres joined the CLPS program. The CLPS award was a sign.', 'CLPS', 'capitalised-sequence:organization'],
    ['a public programme', 'If you are waiting for Medicare to kick in at 65, buy cover.', 'Medicare', 'compromise:organization'],
    ['a product name ending in a thing', 'Portion Fix Containers: 1 Green, 1 Red.', 'Portion Fix Containers', 'compromise:organization'],
    ['two ordinary words joined by "&"', 'Plug & Charge lets the car pay at the charger.', 'Plug & Charge', 'compromise:organization'],
    ['ordinary words before a thing noun', 'the best integrated Smart TV interface available', 'Smart TV', 'capitalised-sequence:mediaoutlet'],
    ['an acronym in the plural', 'She was to perform her hits at the AMAs. The AMAs are in November.', 'AMAs', 'compromise:organization'],
    ['an acronym the article also writes in the plural', 'I asked the two PIs on the sites. McPherron is the PI on the dig.', 'PI', 'compromise:organization'],
    ['a corporate suffix alone', 'LOWE\'S COMPANIES INC. 113.40', 'INC', 'compromise:organization'],
    ['an acronym after "an" that ends its phrase', 'The band is creating five songs for an EP the band plans to release.', 'EP', 'capitalised-sequence:organization'],
    ['an acronym after "a" before punctuation', 'The EU considers the pipeline a PCI. Work starts soon.', 'PCI', 'capitalised-sequence:organization'],
    ['a show in quotes', 'Kimberly was expecting on a previous episode of “DWTS.” The actor said so.', 'DWTS', 'capitalised-sequence:organization'],
    ['an acronym after a quantifier that ends its phrase', 'The exception would be if you run lots of NAS, but not over WiFi.', 'NAS', 'capitalised-sequence:organization'],
    ['a name the article abbreviates in the plural', 'It meets the needs of Intensive Care Units (ICUs). It suits the Intensive Care.', 'Intensive Care Units', 'compromise:organization'],
    ['a part of such a name, at every use', 'It meets the needs of Intensive Care Units (ICUs). It suits the Intensive Care, they said.', 'Intensive Care', 'compromise:organization'],
    ['an acronym spelled out in lower case', 'It used matrix-assisted laser desorption/ionization (MALDI) mass spectrometry. MALDI works.', 'MALDI', 'capitalised-sequence:organization'],
    ['one word before "service"', 'Only one title is exclusive to the Stadia service. Stadia launched Tuesday.', 'Stadia', 'compromise:organization'],
    ['one word before "subscription"', 'It costs $9.99 a month for its Zorb subscription.', 'Zorb', 'compromise:organization'],
    ['an acronym spelled out as a product line', 'It rivals the Ultimate Collector Series in scale. The UCS sets focus on authenticity.', 'UCS', 'capitalised-sequence:organization'],
  ])('%s: %s', (_why, text, name, rule) => {
    expect(refine(text, uses(text, name, rule))).toEqual([]);
  });

  it('drops the long form the article gives for such an acronym', () => {
    const text = 'Two firms joined the nine companies with Commercial Lunar Payload Services (CLPS) contracts under the CLPS program.';
    const mentions = [...uses(text, 'Commercial Lunar Payload Services', 'capitalised-sequence:organization'), ...uses(text, 'CLPS', 'capitalised-sequence:organization')];
    expect(refine(text, mentions)).toEqual([]);
  });
});

describe('refiner things-not-bodies: negative cases (bodies stay)', () => {
  it.each([
    ['an acronym with no thing noun after it', 'The NTSB began an investigation. An NTSB spokesman spoke.', 'NTSB', 'capitalised-sequence:organization'],
    ['a verb after the acronym', 'In its finding, the ECJ set rules for compliance.', 'ECJ', 'capitalised-sequence:organization'],
    ['a company verb at another use', 'The RTB platform grew. RTB said revenue rose.', 'RTB', 'capitalised-sequence:organization'],
    ['a role before the name', 'Jeff Sanborn, president of Chapter & Verse, said the ads work.', 'Chapter & Verse', 'compromise:organization'],
    ['names joined by "&"', 'Frost & Sullivan gave it an award.', 'Frost & Sullivan', 'compromise:organization'],
    ['a brand before its product', 'Nissan is showing a new electric car. Nissan models sell well.', 'Nissan', 'compromise:organization'],
    ['a name with a body head before a thing noun', 'The Liberal Party platform was published.', 'Liberal Party', 'capitalised-sequence:organization'],
    ['an acronym after "an" that modifies a noun', 'Keith Holloway, an NTSB spokesman, spoke.', 'NTSB', 'capitalised-sequence:organization'],
    ['a plural word that is no acronym', 'The Utah Jazz won again.', 'Utah Jazz', 'compromise:organization'],
    ['an acronym with a hyphenated name', 'ABS-CBN was ordered off the air.', 'ABS-CBN', 'capitalised-sequence:organization'],
    ['another acronym in the plural', 'In its finding, the ECJ backed three NGOs and two MPs.', 'ECJ', 'capitalised-sequence:organization'],
    ['the acronym with "s" inside a longer word', 'The UN sent aid. UNsure residents waited.', 'UN', 'capitalised-sequence:organization'],
    ['an acronym after a quantifier that modifies a noun', 'Many NATO members agreed, as did several EU states.', 'NATO', 'capitalised-sequence:organization'],
    ['a body spelled out in capitals', 'The European Union (EU) agreed. The EU said so.', 'EU', 'capitalised-sequence:organization'],
    ['a body\'s name the article abbreviates in the singular', 'The Intensive Care Society (ICS) said so.', 'Intensive Care Society', 'compromise:organization'],
    ['a body spelled out with a lower-case word inside', 'The Committee to Protect Journalists (CPJ) said so. CPJ counted deaths.', 'CPJ', 'capitalised-sequence:organization'],
    ['several words with a head before "service"', 'The French Civil Security service said water bombing would not work.', 'French Civil Security', 'compromise:organization'],
    ['an acronym before "service"', 'The FSB service said so.', 'FSB', 'capitalised-sequence:organization'],
    ['a possessive before "service"', 'Zorblat\'s service was down on Monday.', 'Zorblat', 'compromise:organization'],
    ['a thing head that is not the long form\'s', 'The WSL Series begins. The WSL said so.', 'WSL', 'capitalised-sequence:organization'],
  ])('%s: %s', (_why, text, name, rule) => {
    expect(refine(text, uses(text, name, rule))).toContain(name);
  });

  it('leaves known names and company cues alone', () => {
    const text = 'The NASA program grew. Acme Widgets Inc. ports the game.';
    const mentions = [...uses(text, 'NASA', 'gazetteer:name'), ...uses(text, 'Acme Widgets', 'company-cue')];
    expect(refine(text, mentions)).toEqual(['NASA', 'Acme Widgets']);
  });
});

describe('things-not-bodies in the whole extraction', () => {
  it.each([
    ['USB-C ports', 'The new model has USB-C ports and a bigger trunk, the company said.', 'USB-C'],
    ['Medicare', 'Hickenlooper has come out against Medicare for all, he told voters in Denver.', 'Medicare'],
    ['the CLPS program', 'NASA added Blue Origin to the CLPS program on Monday. The CLPS companies can bid.', 'CLPS'],
  ])('%s is no organisation', (_why, text, name) => {
    expect(bodies(text)).not.toContain(name);
  });

  it('keeps an unknown acronym that acts as a body', () => {
    expect(bodies('The NTSB said on Monday that the KPA had moved troops.')).toEqual(expect.arrayContaining(['KPA']));
  });
});

describe('refiner things-not-bodies: a leader named before the government', () => {
  const typeOf = (text: string, mentions: EntityMention[], name: string) =>
    thingsNotBodiesRefiner.refine(mentions, contextOf(text)).find((m) => m.text === name)?.type;

  it.each([
    ['a given name before the guessed name', 'He objected to the war policies of the George W. Bush administration.', 'Bush', 'Person'],
    ['the person named in the article', 'What do you think of the Morrison government? Scott Morrison spoke.', 'Morrison', 'Person'],
    ['a possessive', 'D\'Souza worked with Manohar\'s government. Manohar Parrikar died.', 'Manohar', 'Person'],
    ['no person of that name', 'Estimates by the Argentinian government differ.', 'Argentinian', 'Organization'],
    ['no government word after it', 'Morrison Holdings said so. Scott Morrison spoke.', 'Morrison', 'Organization'],
  ] as const)('%s', (_why, text, name, expected) => {
    const people = [...text.matchAll(/Scott Morrison|Manohar Parrikar/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], type: 'Person' as const, rule: 'compromise:person' }));
    const first = text.indexOf(name);
    const guess: EntityMention = { start: first, end: first + name.length, text: name, type: 'Organization', rule: 'compromise:organization' };
    expect(typeOf(text, [...people, guess], name)).toBe(expected);
  });
});
