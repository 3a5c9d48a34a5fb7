import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../../src/clean';
import type { RawArticle } from '../../src/types';

const FIXTURES = join(__dirname, '..', 'fixtures');
const text = (body: string, extra: Partial<RawArticle> = {}): RawArticle => ({ sourcePath: 'test.txt', format: 'text', body, ...extra });

describe('cleanArticle: metadata', () => {
  it('prefers metadata from the record and removes the headline repeated at the top', () => {
    const [record] = readFileSync(join(FIXTURES, 'ukraine-nato', 'ukraine-nato.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const article = cleanArticle(text(record.text, { title: record.title, outlet: record.outlet, publishedAt: record.publishedAt }));
    expect(article).toMatchObject({ title: record.title, outlet: 'Fox News', publishedAt: '2025-03-17', guessed: {} });
    expect(article.removed[0]).toEqual({ text: record.title, reason: 'repeated-headline' });
  });

  it('guesses title and date from a headline and a dateline stated in the text', () => {
    const body = 'Village fair draws record crowd\n\nSaturday, August 19, 2023\n\nMore than three thousand people came to the village fair on Saturday, the organisers said.';
    const article = cleanArticle(text(body));
    expect(article).toMatchObject({ title: 'Village fair draws record crowd', publishedAt: '2023-08-19', guessed: { title: true, publishedAt: true } });
    expect(article.text).toBe('More than three thousand people came to the village fair on Saturday, the organisers said.');
  });

  it('keeps the metadata date over a dateline in the text, and still takes the dateline out', () => {
    const article = cleanArticle(text('Friday, July 21, 2017\n\nA group of teenagers won a silver medal on Tuesday.', { publishedAt: '2017-07-22' }));
    expect(article.publishedAt).toBe('2017-07-22');
    expect(article.guessed).toEqual({});
    expect(article.text).toBe('A group of teenagers won a silver medal on Tuesday.');
  });

  it('does not take a one-paragraph text for its own title', () => {
    const article = cleanArticle(text('Short note without a headline'));
    expect(article.title).toBeNull();
    expect(article.text).toBe('Short note without a headline');
  });

  it('repairs mojibake in titles from metadata too', () => {
    expect(cleanArticle(text('Body text here.', { title: 'Kremlinâ€™s demand' })).title).toBe('Kremlin’s demand');
  });

  it('keys an article by its URL when it has one, otherwise by a hash of its body', () => {
    expect(cleanArticle(text('Body.', { url: 'https://example.org/a' })).key).toBe('article:https://example.org/a');
    expect(cleanArticle(text('Body.')).key).toMatch(/^article:[0-9a-f]{16}$/);
  });
});

describe('cleanArticle: scraped text', () => {
  const body = [
    'The council approved the new bridge on Tuesday after a two-hour debate that ran late into the evening, members said.',
    'Share this article',
    'Work on the bridge will start in June and should take two years, the council said in a statement.',
    'Council members debate the bridge plan in the town hall',
    'Opponents said the money would be better spent on the ferry, which carries 2,000 people a day.',
    'You May Also Like',
    'Mayor resigns after expenses row',
    'Ferry fares to rise from April',
  ].join('\n\n');
  const article = cleanArticle(text(body));

  it('takes out share lines, headline-shaped video titles and the related-links block', () => {
    expect(article.text.split('\n\n')).toEqual([
      'The council approved the new bridge on Tuesday after a two-hour debate that ran late into the evening, members said.',
      'Work on the bridge will start in June and should take two years, the council said in a statement.',
      'Opponents said the money would be better spent on the ferry, which carries 2,000 people a day.',
    ]);
    expect(article.removed.map((r) => r.reason)).toEqual(['related-links', 'share', 'video-title']);
    expect(article.videoTitles).toEqual(['Council members debate the bridge plan in the town hall']);
  });

  it('ends a related-links box in the middle of the article where a long paragraph resumes the body', () => {
    const lede =
      'The council approved the new bridge on Tuesday after a two-hour debate that ran late into the evening, members said. ' +
      'Work on the bridge will start in June and should take two years, the council said in a statement. It will replace a ferry.';
    const resumed =
      'Opponents said the money would be better spent on the ferry, which carries 2,000 people a day, and on repairing the harbour wall, ' +
      'which the last storm damaged in three places; the council said both would be looked at again next year when the budget is set.';
    const boxed = cleanArticle(text([lede, 'Related stories', 'Mayor resigns after expenses row', 'Ferry fares to rise from April', resumed].join('\n\n')));
    expect(boxed.text).toBe(`${lede}\n\n${resumed}`);
    expect(boxed.removed).toEqual([{ text: 'Related stories\nMayor resigns after expenses row\nFerry fares to rise from April', reason: 'related-links' }]);
  });

  it('keeps headline-shaped lines in text that shows no page chrome (gallery captions, subheadings)', () => {
    const clean = cleanArticle(text('The 22nd Fan Expo took place at the convention centre on Friday.\n\nOvercast weather didn\'t stop dancing in the parking lot\n\nAbout 130,000 people attended.'));
    expect(clean.removed).toEqual([]);
    expect(clean.text).toContain("Overcast weather didn't stop dancing in the parking lot");
  });
});

describe('cleanArticle: HTML pages', () => {
  const page = (name: string) => cleanArticle({ sourcePath: name, format: 'html', body: readFileSync(join(FIXTURES, 'html', name), 'utf8') });

  it('takes the main text and page metadata of a news page', () => {
    const article = page('news-page.html');
    expect(article).toMatchObject({
      title: 'Harbour bridge reopens after two years of repairs',
      outlet: 'The Coastal Courier',
      author: 'Mara Lindqvist',
      publishedAt: '2024-04-12T08:30:00+01:00',
      url: 'https://courier.example/news/harbour-bridge-reopens',
      key: 'article:https://courier.example/news/harbour-bridge-reopens',
    });
    expect(article.text.startsWith('The harbour bridge reopened to traffic on Friday morning')).toBe(true);
    expect(article.text.endsWith("according to the county's own counters.")).toBe(true);
    for (const chrome of ['Share on', 'Sign up', 'Related stories', 'Ferry timetable', 'By Mara', 'All rights reserved', 'Home']) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.captions.map((c) => article.text.slice(c.start, c.end))).toEqual(['Cyclists cross the harbour bridge on its first morning back in use.']);
    expect(article.credits).toEqual(['Jonas Berg']);
    expect(new Set(article.removed.map((r) => r.reason))).toEqual(new Set(['share', 'byline', 'newsletter', 'page-chrome', 'photo-credit']));
  });

  it('reads a page without paragraphs, with its metadata', () => {
    const article = page('blog-post.htm');
    expect(article).toMatchObject({ title: 'Village fair draws record crowd', author: 'Tomás Ruiz', publishedAt: '2023-08-20' });
    expect(article.text.split('\n\n')).toHaveLength(4);
    expect(article.text).not.toMatch(/Home|About|comments/);
  });
});

describe('cleanArticle: unusable input throws a clear reason', () => {
  it.each([
    ['an empty body', text('   \n  '), /empty body/],
    ['a body of chrome only', text('Advertisement\n\nShare this article'), /nothing left after removing page chrome/],
    ['a page without text', { sourcePath: 'x.html', format: 'html', body: '<html><body><nav><a href="/">Home</a></nav></body></html>' } as RawArticle, /no article text|nothing left/],
  ])('%s', (_name, raw, reason) => {
    expect(() => cleanArticle(raw)).toThrow(reason);
  });
});

// Real article bodies: nothing of them may be taken for chrome. Datelines and photo credits inside
// captions are metadata; any other removal is a false positive. Runs on ../shared when present.
describe('cleanArticle on Wikinews bodies', () => {
  const file = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'wikinews', 'wikinews-2019-2021.jsonl');
  const METADATA_REASONS = new Set(['dateline', 'photo-credit']);

  it.each([
    ['wikinews lines from the fixtures', join(FIXTURES, 'wikinews', 'sample.jsonl')],
    ...(existsSync(file) ? [['all 294 Wikinews articles in ../shared', file]] : []),
  ])('%s: no body line is removed', (_name, path) => {
    const records = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const wrongly: string[] = [];
    let lines = 0;
    for (const r of records) {
      const article = cleanArticle(text(r.text, { title: r.title, publishedAt: r.publishedAt }));
      lines += r.text.split('\n').filter((l: string) => l.trim()).length;
      for (const removed of article.removed) {
        if (!METADATA_REASONS.has(removed.reason)) wrongly.push(`${removed.reason}: ${removed.text}`);
      }
      // A credit leaves its caption in place: the caption line is still there.
      for (const removed of article.removed.filter((x) => x.reason === 'photo-credit')) {
        expect(r.text).toContain(removed.text);
      }
    }
    expect(lines).toBeGreaterThan(records.length);
    expect(wrongly).toEqual([]);
  });
});

// GUM's Wikinews texts start with the headline and a dateline paragraph: both are metadata.
describe('cleanArticle on GUM news texts', () => {
  const file = join(__dirname, '..', '..', '..', 'shared', 'gold', 'gum-news', 'gum-news-dev.jsonl');
  const cases: [string, string, string][] = [
    ['fixture', 'Lantern Festival in Taipei lights up the night\n\nMonday, March 5, 2007\n\nThe annual Lantern Festival filled the streets of Taipei with light and crowds on Sunday evening.', 'Lantern Festival in Taipei lights up the night'],
    ...(existsSync(file)
      ? readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r): [string, string, string] => [r.id, r.text, r.title])
      : []),
  ];

  it.each(cases)('%s: headline and dateline become guessed title and date', (_id, body, title) => {
    const article = cleanArticle(text(body));
    expect(article.title).toBe(title);
    expect(article.guessed).toEqual({ title: true, publishedAt: true });
    expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.text.startsWith(title)).toBe(false);
  });
});
