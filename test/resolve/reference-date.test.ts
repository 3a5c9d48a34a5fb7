import { chooseReferenceDate } from '../../src/resolve/reference-date';
import { article } from '../extract/events/fixtures';

describe('chooseReferenceDate', () => {
  it.each<[string, string, Parameters<typeof article>[1], string, string, boolean]>([
    ['publication metadata', 'Talks ended on March 2, 2025.', { publishedAt: '2025-03-17T10:00:00Z' }, '2025-03-17', 'metadata', false],
    ['a date the cleaner guessed', 'Talks ended.', { publishedAt: '2025-03-16', guessed: { publishedAt: true } }, '2025-03-16', 'text', false],
    ['a dateline under the headline', 'Leaders meet\n\nFriday, July 21, 2017\n\nLeaders met on Tuesday, on July 18, 2017.', {}, '2017-07-21', 'text', false],
    ['a wire dateline', 'KYIV, March 17, 2025 \u2014 Talks resumed on March 15, 2025.', {}, '2025-03-17', 'text', false],
    ['the latest date in the body, as a lower bound', 'The summit was held on March 15, 2025. It followed talks on March 11, 2025.', {}, '2025-03-15', 'text', true],
    ['the ingest date when nothing else', 'Talks ended on Saturday.', {}, '2026-01-10', 'ingest', false],
    ['not a future date', 'A vote is due on May 1, 2030.', {}, '2026-01-10', 'ingest', false],
  ])('%s', (_what, text, extra, date, source, lowerBound) => {
    expect(chooseReferenceDate(article(text, extra), '2026-01-10')).toEqual({ date, source, lowerBound });
  });
});
