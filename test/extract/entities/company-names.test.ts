import { companyNames, isCamelCase } from '../../../src/extract/entities/company-names';
import { brief, contextOf, mentionsOf } from './helpers';

const names = (text: string) => [...companyNames(contextOf(text))];

describe('company names marked by the article', () => {
  it.each([
    ['after a company noun', 'US-based software company Red Hat announced plans.', ['Red Hat']],
    ['after "airline"', 'The airline Qantas Link cancelled flights.', ['Qantas Link']],
    ['before a corporate suffix', 'Shares of Bolt Motors Inc. fell.', ['Bolt Motors']],
    ['before a suffix after a comma', 'Shares of Bolt Motors, Inc. fell.', ['Bolt Motors']],
    ['"of" inside the name', 'Speaking to newspaper Star of Mysore, she agreed.', ['Star of Mysore']],
    ['a body word ends the name', 'Germany banned Iranian airline Mahan Air and retailer Salling Group.', ['Mahan Air', 'Salling Group']],
  ])('%s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a given name after the noun is a person', 'The company founder said so; company Jane Berg agreed.'],
    ['a title after the noun starts a person', 'The company President Joe Biden visited.'],
    ['no capitalised word after the noun', 'The company said profits rose.'],
    ['a lower-case suffix word', 'He ran the shop with limited success.'],
  ])('none: %s', (_why, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names described as companies in apposition', () => {
  it.each([
    ['a company noun phrase after a comma', 'Roscosmos, the Russian space agency, announced his death.', ['Roscosmos']],
    ['a longer name ending the phrase with "that"', 'Fallows of Apex Shark Expeditions, a company that runs trips, agreed.', ['Apex Shark Expeditions']],
    ['a mixed-case name', 'UOKiK, the Polish anti-monopoly agency, has to approve the deal.', ['UOKiK']],
    ['after a dash', 'Videos came from Quorvia — a video-sharing platform for journalists.', ['Quorvia']],
  ])('%s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['the noun phrase goes on ("a company spokesman")', 'Jane Berg, a company spokesman, declined to comment.'],
    ['a person named before the phrase', 'Anna Kowalski, the company founder, spoke.'],
    ['a name that starts further back ("Cinema for Peace Foundation")', 'Cinema for Peace Foundation, a Berlin-based non-profit, paid.'],
    ['a known place', 'Texas, the company said, was its biggest market.'],
  ])('none: %s', (_why, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('one-word names in CamelCase with a sign of a company', () => {
  it.each([
    ['subject of a corporate verb', 'WeWork declined to comment on the layoffs.', ['WeWork']],
    ['an adverb before the verb', 'In January, UpGuard reportedly emailed the firm.', ['UpGuard']],
    ['a role noun after it', 'SoftBank CEO Masayoshi Son spoke on Tuesday.', ['SoftBank']],
    ['a possessive before a role noun, words between', "More than a third of WeWork's 12,000 employees left.", ['WeWork']],
    ['a describing noun before it', 'After a lifeline from investor SoftBank the plan changed.', ['SoftBank']],
    ['described in apposition by a noun that fits people too', 'Readers praised BrightLedger, a publisher based in Ohio.', ['BrightLedger']],
    ['"-based" before it', 'The deal suits Sacramento-based NewsHouse well.', ['NewsHouse']],
    ['a name ending in capitals', 'RocketX also announced a new launch.', ['RocketX']],
  ])('%s', (_why, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a product with no sign', 'The new AirPods are here, and the MacBook is cheaper.'],
    ['a product before a lower-case noun', 'She watched a TrailCam video on her phone.'],
    ['a surname prefix ("Mc")', 'McKinley said the figures were right.'],
    ['a surname after a given name', 'Harriet DeWitt said the book was finished.'],
    ['part of a longer name', 'The MacBook Pro said nothing; the HomeKit Hub reported errors.'],
    ['a possessive before an ordinary noun', "The AirPods' battery lasts long."],
    ['a known organisation', 'YouTube said the video was removed.'],
  ])('none: %s', (_why, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['WeWork', true],
    ['OrbitBeyond', true],
    ['SpaceX', true],
    ['McClatchy', false],
    ['DeSantis', false],
    ['MacBook', false],
    ['Apple', false],
    ['NATO', false],
    ['iPhone', false],
  ])('isCamelCase(%s) is %s', (word, expected) => {
    expect(isCamelCase(word)).toBe(expected);
  });
});

describe('rule company-cue', () => {
  it('types every later mention of a cued name as an organisation', () => {
    const found = brief(mentionsOf('The company Acme Widgets cut jobs. Acme Widgets said it was sorry.'));
    expect(found).toEqual(['Organization:Acme Widgets', 'Organization:Acme Widgets']);
  });

  it('keeps a corporate suffix written after the name', () => {
    const found = brief(mentionsOf('Shares of Bolt Motors Inc. fell. Bolt Motors said sales fell.'));
    expect(found).toEqual(['Organization:Bolt Motors Inc', 'Organization:Bolt Motors']);
  });

  it.each([
    ['a CamelCase company everywhere the article names it', 'WeWork declined to comment. WeWork employees waited. Staff left WeWork.', ['Organization:WeWork', 'Organization:WeWork', 'Organization:WeWork']],
    ['a corporate suffix "Co."', 'Firms such as McClatchy Co. cut costs. McClatchy said its finances were weak.', ['Organization:McClatchy Co', 'Organization:McClatchy']],
  ])('%s', (_why, text, expected) => {
    expect(brief(mentionsOf(text)).filter((m) => m.startsWith('Organization:'))).toEqual(expected);
  });

  it('leaves a longer name that starts with the company whole', () => {
    const found = brief(mentionsOf('GateHouse reportedly laid off staff. The merger of Gannett and GateHouse Media is final.'));
    expect(found).toContain('Organization:GateHouse Media');
    expect(found.filter((m) => m === 'Organization:GateHouse')).toHaveLength(1);
  });

  it('keeps the company before a product name', () => {
    const found = brief(mentionsOf('Shares of Draeger Inc. rose. Draeger Infinity monitors sold well.'));
    expect(found.filter((m) => m.startsWith('Organization:Draeger'))).toEqual(['Organization:Draeger Inc', 'Organization:Draeger']);
  });
});
