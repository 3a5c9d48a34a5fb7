// One table per date rule: sentence, reference date, expected mention text, value, range, grain,
// and whether it was resolved against the reference.
import { extractDates } from '../../../src/extract/dates';
import { layoutText } from '../../../src/extract/text';

type Case = [sentence: string, reference: string, text: string, value: string, start: string, end: string, relative: boolean];

function only(sentence: string, reference: string) {
  const dates = extractDates(sentence, layoutText(sentence), reference);
  expect(dates).toHaveLength(1);
  return dates[0];
}

function check([sentence, reference, text, value, start, end, relative]: Case) {
  const d = only(sentence, reference);
  expect({ text: d.text, value: d.value, start: d.startDate, end: d.endDate, relative: d.relative }).toEqual({ text, value, start, end, relative });
}

describe('weekday rule: tense decides the direction', () => {
  it.each<Case>([
    ['The talks ended on Monday.', '2025-03-13', 'Monday', '2025-03-10', '2025-03-10', '2025-03-10', true],
    ['The talks will resume on Monday.', '2025-03-13', 'Monday', '2025-03-17', '2025-03-17', '2025-03-17', true],
    ['The vote was held on Thursday.', '2025-03-13', 'Thursday', '2025-03-06', '2025-03-06', '2025-03-06', true],
    ['Leaders are expected to meet on Thursday.', '2025-03-13', 'Thursday', '2025-03-20', '2025-03-20', '2025-03-20', true],
    ['He arrived last Sunday.', '2025-03-13', 'last Sunday', '2025-03-09', '2025-03-09', '2025-03-09', true],
    ['The treaty will be signed next Friday.', '2025-03-13', 'next Friday', '2025-03-14', '2025-03-14', '2025-03-14', true],
    ["Saturday's summit drew 26 leaders.", '2025-03-17', 'Saturday', '2025-03-15', '2025-03-15', '2025-03-15', true],
    ['He said on Friday that talks will resume.', '2025-03-13', 'Friday', '2025-03-07', '2025-03-07', '2025-03-07', true],
  ])('%s (%s)', (...c) => check(c));
});

describe('relative periods', () => {
  it.each<Case>([
    ['Prices rose last week.', '2025-01-01', 'last week', '2024-W52', '2024-12-23', '2024-12-29', true],
    ['The report is due this week.', '2021-01-03', 'this week', '2020-W53', '2020-12-28', '2021-01-03', true],
    ['Sales fell last month.', '2025-01-15', 'last month', '2024-12', '2024-12-01', '2024-12-31', true],
    ['Elections are due next year.', '2025-03-13', 'next year', '2026', '2026-01-01', '2026-12-31', true],
    ['Profits fell last quarter.', '2025-02-10', 'last quarter', '2024-Q4', '2024-10-01', '2024-12-31', true],
    ['Crowds gathered this weekend.', '2016-09-07', 'this weekend', '2016-W35-WE', '2016-09-03', '2016-09-04', true],
    ['Crowds will gather this weekend.', '2016-09-07', 'this weekend', '2016-W36-WE', '2016-09-10', '2016-09-11', true],
    ['Yesterday the minister resigned.', '2025-03-01', 'Yesterday', '2025-02-28', '2025-02-28', '2025-02-28', true],
    ['The plan must pass by year end.', '2023-02-23', 'year end', '2023-12-31', '2023-12-31', '2023-12-31', true],
    ['Sales fell this past week.', '2014-01-28', 'this past week', '2014-W04', '2014-01-20', '2014-01-26', true],
  ])('%s (%s)', (...c) => check(c));
});

describe('ago rule', () => {
  it.each<Case>([
    ['The envoy left three weeks ago.', '2025-03-13', 'three weeks ago', '2025-W08', '2025-02-17', '2025-02-23', true],
    ['The war began two years ago.', '2025-03-13', 'two years ago', '2023', '2023-01-01', '2023-12-31', true],
    ['Seventeen years ago the club was founded.', '2017-07-18', 'Seventeen years ago', '2000', '2000-01-01', '2000-12-31', true],
    ['The law changed 6 months ago.', '2025-03-13', '6 months ago', '2024-09', '2024-09-01', '2024-09-30', true],
  ])('%s (%s)', (...c) => check(c));
});

describe('years, decades, centuries', () => {
  it.each<Case>([
    ['The treaty dates back to 1949.', '2025-03-13', '1949', '1949', '1949-01-01', '1949-12-31', false],
    ['The band was popular in the 1960s.', '2025-03-13', '1960s', '196X', '1960-01-01', '1969-12-31', false],
    ['Music from the sixties returned.', '2025-03-13', 'the sixties', '196X', '1960-01-01', '1969-12-31', false],
    ['It shaped the 20th century.', '2025-03-13', 'the 20th century', '19XX', '1900-01-01', '1999-12-31', false],
  ])('%s', (...c) => check(c));
});

describe('seasons and quarters', () => {
  it.each<Case>([
    ['Elections are expected in the autumn of 2026.', '2025-03-13', 'autumn of 2026', '2026-FA', '2026-09-01', '2026-11-30', false],
    ['The offensive stalled in winter 2022.', '2025-03-13', 'winter 2022', '2022-WI', '2022-12-01', '2023-02-28', false],
    ['The programme began last summer.', '2023-02-23', 'last summer', '2022-SU', '2022-06-01', '2022-08-31', true],
    ['Talks resume next spring.', '2025-06-10', 'next spring', '2026-SP', '2026-03-01', '2026-05-31', true],
    // "this <season>" is the reference year's, even after a past-tense verb.
    ['NASA said the flight might take place this summer.', '2019-03-05', 'this summer', '2019-SU', '2019-06-01', '2019-08-31', true],
    ['The agency said the launch slipped to this autumn.', '2019-03-05', 'this autumn', '2019-FA', '2019-09-01', '2019-11-30', true],
    ['Heating bills rose sharply this winter.', '2021-03-10', 'this winter', '2020-WI', '2020-12-01', '2021-02-28', true],
    ['Output rose in the first quarter of 2024.', '2025-03-13', 'the first quarter of 2024', '2024-Q1', '2024-01-01', '2024-03-31', false],
    ['Revenue hit a record in Q3 2023.', '2025-03-13', 'Q3 2023', '2023-Q3', '2023-07-01', '2023-09-30', false],
  ])('%s', (...c) => check(c));
});

describe('explicit dates and month-days by tense', () => {
  it.each<Case>([
    ['Leaders met in Paris on March 15, 2025.', '2025-03-17', 'March 15, 2025', '2025-03-15', '2025-03-15', '2025-03-15', false],
    ['The deal was signed on 15 March 2024.', '2025-03-17', '15 March 2024', '2024-03-15', '2024-03-15', '2024-03-15', false],
    ['The exhibit runs until March 9 2014.', '2014-01-28', 'March 9 2014', '2014-03-09', '2014-03-09', '2014-03-09', false],
    ['Results came in September 2010.', '2010-10-09', 'September 2010', '2010-09', '2010-09-01', '2010-09-30', false],
    ['The hearing was held on Nov. 20.', '2025-01-10', 'Nov. 20', '2024-11-20', '2024-11-20', '2024-11-20', true],
    ['The summit will open on Feb. 2.', '2025-11-10', 'Feb. 2', '2026-02-02', '2026-02-02', '2026-02-02', true],
    // A past-tense cue half a year off yields to a date a few days ahead.
    ['A referendum was announced for May 16.', '2015-05-07', 'May 16', '2015-05-16', '2015-05-16', '2015-05-16', true],
    ['The first round took place in February.', '2025-03-13', 'February', '2025-02', '2025-02-01', '2025-02-28', true],
    ['Friday, July 21, 2017', '2017-07-18', 'Friday, July 21, 2017', '2017-07-21', '2017-07-21', '2017-07-21', false],
    ['He was treated for COVID-19 on July 1.', '2020-08-31', 'July 1', '2020-07-01', '2020-07-01', '2020-07-01', true],
    // A past month two months back stays in the past (only the adjacent month may flip).
    ['Trump said he banned travel from China in January.', '2020-11-02', 'January', '2020-01', '2020-01-01', '2020-01-31', true],
    ['She served as envoy until December.', '2019-10-08', 'December', '2018-12', '2018-12-01', '2018-12-31', true],
  ])('%s (%s)', (...c) => check(c));

  it('splits a range into its two days', () => {
    const text0 = 'Mourning runs Wednesday through Friday.';
    const days = extractDates(text0, layoutText(text0), '2020-02-27');
    expect(days.map((d) => [d.text, d.value])).toEqual([['Wednesday', '2020-02-26'], ['Friday', '2020-02-28']]);
    const text = 'Hearings ran from September 24 to September 29.';
    const dates = extractDates(text, layoutText(text), '2010-10-09');
    expect(dates.map((d) => [d.text, d.value])).toEqual([['September 24', '2010-09-24'], ['September 29', '2010-09-29']]);
  });
});

describe('months fixed by a deictic word', () => {
  it.each<Case>([
    ['Officials warned the administration last December.', '2020-11-02', 'last December', '2019-12', '2019-12-01', '2019-12-31', true],
    ['Last April, the department designated the group.', '2020-01-05', 'Last April', '2019-04', '2019-04-01', '2019-04-30', true],
    ['The court will rule next May.', '2020-06-10', 'next May', '2021-05', '2021-05-01', '2021-05-31', true],
    ['The treaty is signed this April.', '2020-01-10', 'this April', '2020-04', '2020-04-01', '2020-04-30', true],
  ])('%s (%s)', (...c) => check(c));

  it.each([
    ['The decision is pending and expected in June of this year.', '2019-02-02', [['June', '2019-06'], ['this year', '2019']]],
    ['The festival runs through March 11 this year.', '2007-03-05', [['March 11', '2007-03-11'], ['this year', '2007']]],
    ['Elections are due in March 3 next year.', '2020-07-08', [['March 3', '2021-03-03'], ['next year', '2021']]],
  ])('%s: the month takes the named year', (text, reference, expected) => {
    expect(extractDates(text, layoutText(text), reference).map((d) => [d.text, d.value])).toEqual(expected);
  });
});

describe('a sentence framed by a year dates its months and month-days', () => {
  it.each([
    ['In the 2016 election, Sanders ran until June, and did not endorse her until July.', '2020-04-15',
      [['2016', '2016'], ['June', '2016-06'], ['July', '2016-07']]],
    ['In 2019 in the Pacific, outbreaks were declared first on February 6, then on October 22.', '2020-01-20',
      [['2019', '2019'], ['February 6', '2019-02-06'], ['October 22', '2019-10-22']]],
  ])('%s', (text, reference, expected) => {
    expect(extractDates(text, layoutText(text), reference).map((d) => [d.text, d.value])).toEqual(expected);
  });
});

describe('tense of a sentence-opening date: the verb that resumes after an aside', () => {
  it('reads ", held a rally" rather than the aside\'s "to be held"', () => {
    const text = 'On Thursday, Jane Doe, a candidate in the election to be held on August 9, held a rally in Minsk.';
    expect(extractDates(text, layoutText(text), '2020-08-03').map((d) => [d.text, d.value]))
      .toEqual([['Thursday', '2020-07-30'], ['August 9', '2020-08-09']]);
  });
});

describe('weekday appositives and named days in quotes', () => {
  it('keeps the day word and drops "a Tuesday" and a quoted "Super Tuesday"', () => {
    const text = 'Tomorrow, a Tuesday, is called "Super Tuesday" in US politics.';
    expect(extractDates(text, layoutText(text), '2020-03-02').map((d) => [d.text, d.value])).toEqual([['Tomorrow', '2020-03-03']]);
  });
});

describe('lower-bound reference (a date stated in the body)', () => {
  it('lets a past weekday fall on the reference day itself', () => {
    const text = 'Starmer held a meeting on Saturday.';
    const exact = extractDates(text, layoutText(text), '2025-03-15');
    const bound = extractDates(text, layoutText(text), '2025-03-15', { referenceIsLowerBound: true });
    expect(exact[0].value).toBe('2025-03-08');
    expect(bound[0].value).toBe('2025-03-15');
  });
});

describe('negative cases: nothing is a date', () => {
  it.each([
    'Ukraine accepted the 30-day cease-fire.',
    'The three-year conflict has displaced millions.',
    'The 11-year-old boy was rescued.',
    'Representatives of 26 nations attended.',
    'They plan to deploy a few thousand men per nation.',
    'Russia may launch a new offensive.',
    'Protesters march on the capital.',
    'Officials counted 2000 troops at the border.',
    'The bill costs $2025 per household.',
    'Call 555-2019 for details.',
    'The root causes of the conflict remain.',
    'Markets open on Mondays.',
    'Sanders won most states on Super Tuesday.',
    'Shops expect crowds on Black Friday.',
    'Shops defended their Sunday opening hours.',
    'Supermarkets lobbied against Sunday trading laws.',
    'He only works on a Monday.',
    'The airport reopened at 2 p.m. ET (1800 UTC).',
    'The rally started around 18:00 local time (1500 UTC).',
    'The debate was moderated by USA Today bureau chief Susan Page.',
    'Bob Hughes told Kamloops This Week that payments rose.',
  ])('%s', (sentence) => {
    expect(extractDates(sentence, layoutText(sentence), '2025-03-13')).toEqual([]);
  });
});
