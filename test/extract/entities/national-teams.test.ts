import { brief, mentionsOf } from './helpers';

const teamsAndCountries = (text: string) =>
  brief(mentionsOf(text)).filter((m) => /^(Organization|Country|Place):/.test(m));

describe('refiner national-teams', () => {
  it.each([
    ['result line: both sides are teams, throughout the article',
      'Group F — Sweden 1 – 0 Korea Republic\n\nSweden faced South Korea at the stadium.',
      ['Organization:Sweden', 'Organization:Korea Republic', 'Organization:Sweden', 'Organization:South Korea']],
    ['a home nation is a team too', 'Tunisia 1 – 2 England\n\nEngland scored late.',
      ['Organization:Tunisia', 'Organization:England', 'Organization:England']],
    ['a location stays a country', 'Group F — Sweden 1 – 0 Korea Republic\n\nFans in Sweden cheered.',
      ['Organization:Sweden', 'Organization:Korea Republic', 'Country:Sweden']],
    ['the last word of one team\'s name is that team', 'Group F — Sweden 1 – 0 South Korea\n\nThen Korea attacked and Sweden defended.',
      ['Organization:Sweden', 'Organization:South Korea', 'Organization:Korea', 'Organization:Sweden']],
  ])('%s', (_why, text, expected) => {
    expect(teamsAndCountries(text)).toEqual(expected);
  });

  it.each([
    ['one country next to numbers', 'Talks between Russia and Ukraine ended 2-1 in favour of Russia.'],
    ['a date range is no result', 'Russia hosted talks on 12 – 14 March and Ukraine agreed.'],
    ['a vote count between countries', 'The resolution passed 120 – 30; France and Germany abstained.'],
    ['a short name with no match report', 'Korea and Japan signed a deal on Monday.'],
  ])('no teams: %s', (_why, text) => {
    expect(teamsAndCountries(text).filter((m) => m.startsWith('Organization:'))).toEqual([]);
  });
});
