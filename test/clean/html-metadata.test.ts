import { JSDOM } from 'jsdom';
import { normaliseDate, readPageMetadata } from '../../src/clean/html/metadata';

const metadataOf = (head: string, htmlAttrs = '') => readPageMetadata(new JSDOM(`<html ${htmlAttrs}><head>${head}</head><body></body></html>`).window.document);

describe('readPageMetadata', () => {
  it('reads schema.org JSON-LD, also inside @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        { '@type': 'NewsArticle', headline: 'Dam bursts after storm', datePublished: '2021-06-02T10:00:00Z', author: [{ name: 'A. Writer' }, { name: 'B. Writer' }], publisher: { name: 'Valley News' } },
      ],
    };
    expect(metadataOf(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, 'lang="de-AT"')).toMatchObject({
      title: 'Dam bursts after storm',
      publishedAt: '2021-06-02T10:00:00Z',
      author: 'A. Writer, B. Writer',
      outlet: 'Valley News',
      language: 'de',
    });
  });

  it('prefers Open Graph and article: tags, and skips broken JSON-LD', () => {
    const head = `<script type="application/ld+json">{broken</script><title>Page title | Site</title>
      <meta property="og:title" content="Real headline"><meta property="og:site_name" content="The Site">
      <meta property="article:published_time" content="2020-01-31"><meta name="author" content="https://site.example/staff/x">`;
    expect(metadataOf(head)).toMatchObject({ title: 'Real headline', outlet: 'The Site', publishedAt: '2020-01-31', author: null });
  });

  it('falls back to the <title> and finds nothing else on a bare page', () => {
    expect(metadataOf('<title>Only a title</title>')).toEqual({ title: 'Only a title', publishedAt: null, outlet: null, author: null, language: null, url: null });
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2025-03-17', '2025-03-17'],
    ['2025-03-17 08:30:00', '2025-03-17T08:30:00'],
    ['Mon, 17 Mar 2025 08:30:00 GMT', '2025-03-17T08:30:00.000Z'],
    ['17 March 2025', '2025-03-17'],
    ['March 17, 2025', '2025-03-17'],
  ])('%j -> %j', (input, expected) => expect(normaliseDate(input)).toBe(expected));
  it.each(['', 'yesterday', 'not a date'])('%j -> null', (input) => expect(normaliseDate(input)).toBeNull());
});
