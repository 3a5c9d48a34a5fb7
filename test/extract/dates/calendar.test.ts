import { isoWeekday, parseIsoDay, seasonPeriod, weekPeriod, quarterPeriod } from '../../../src/extract/dates/calendar';

describe('ISO weeks run Monday to Sunday', () => {
  it.each([
    ['2025-03-17', '2025-W12', '2025-03-17', '2025-03-23'],
    ['2025-03-16', '2025-W11', '2025-03-10', '2025-03-16'],
    ['2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
    ['2016-01-01', '2015-W53', '2015-12-28', '2016-01-03'],
  ])('%s is in %s', (day, value, start, end) => {
    expect(weekPeriod(parseIsoDay(day))).toEqual({ value, startDate: start, endDate: end, grain: 'week' });
  });

  it.each([
    ['2025-03-17', 1],
    ['2025-03-15', 6],
    ['2025-03-16', 7],
  ])('%s is weekday %i', (day, n) => expect(isoWeekday(parseIsoDay(day))).toBe(n));
});

describe('seasons and quarters', () => {
  it('winter runs into the next year, leap years included', () => {
    expect(seasonPeriod(2023, 'WI', 12)).toMatchObject({ value: '2023-WI', startDate: '2023-12-01', endDate: '2024-02-29' });
  });
  it('quarters', () => {
    expect(quarterPeriod(2025, 4)).toMatchObject({ value: '2025-Q4', startDate: '2025-10-01', endDate: '2025-12-31' });
  });
  it('rejects what is not an ISO date', () => {
    expect(() => parseIsoDay('March 3')).toThrow(/not an ISO date/);
  });
});
