import { companyNames } from '../../../src/extract/entities/company-names';
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

describe('rule company-cue', () => {
  it('types every later mention of a cued name as an organisation', () => {
    const found = brief(mentionsOf('The company Acme Widgets cut jobs. Acme Widgets said it was sorry.'));
    expect(found).toEqual(['Organization:Acme Widgets', 'Organization:Acme Widgets']);
  });

  it('keeps a corporate suffix written after the name', () => {
    const found = brief(mentionsOf('Shares of Bolt Motors Inc. fell. Bolt Motors said sales fell.'));
    expect(found).toEqual(['Organization:Bolt Motors Inc', 'Organization:Bolt Motors']);
  });
});
