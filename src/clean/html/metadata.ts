// Title, publication date, outlet and author from a page's own metadata: Open Graph and article:
// meta tags, schema.org JSON-LD, citation/Dublin Core tags, then the <title>.

export interface PageMetadata {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  author: string | null;
  language: string | null;
  url: string | null;
}

type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = /(?:^|\b)(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|WebPage|Report)$/;

export function readPageMetadata(document: Document): PageMetadata {
  const meta = (...names: string[]): string | null => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return null;
  };
  const ld = articleJsonLd(document);
  const titleTag = document.querySelector('title')?.textContent?.trim() || null;
  const timeTag = document.querySelector('time[itemprop~="datePublished"], time[pubdate]')?.getAttribute('datetime') ?? null;
  return {
    title: meta('og:title', 'twitter:title') ?? stringOf(ld?.headline) ?? meta('citation_title', 'dc.title', 'headline') ?? titleTag,
    publishedAt: normaliseDate(
      meta('article:published_time', 'og:article:published_time', 'datePublished', 'citation_publication_date', 'dc.date.issued', 'dc.date', 'pubdate', 'publish-date', 'date', 'parsely-pub-date', 'sailthru.date') ??
        stringOf(ld?.datePublished) ??
        timeTag,
    ),
    outlet: meta('og:site_name', 'application-name', 'citation_publisher', 'dc.publisher') ?? nameOf(ld?.publisher),
    author: authorOf(ld?.author) ?? nonUrl(meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'citation_author', 'dc.creator')),
    language: document.documentElement.getAttribute('lang')?.trim().split(/[-_]/)[0].toLowerCase() || null,
    url: meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
  };
}

/** The first JSON-LD node describing an article (searching @graph arrays too). */
function articleJsonLd(document: Document): JsonLdNode | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the meta tags may still help
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const node = stack.shift();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const obj = node as JsonLdNode;
        const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
        if (types.some((t) => ARTICLE_TYPES.test(t)) && (obj.headline || obj.datePublished)) return obj;
        if (Array.isArray(obj['@graph'])) stack.push(...(obj['@graph'] as unknown[]));
      }
    }
  }
  return null;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function nameOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return stringOf(first);
  if (first && typeof first === 'object') return stringOf((first as JsonLdNode).name);
  return null;
}

function authorOf(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value]).map(nameOf).filter((n): n is string => !!n && !/^https?:/.test(n));
  return list.length ? [...new Set(list)].join(', ') : null;
}

function nonUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

/** Date as given when it is ISO already (keeping its precision), otherwise parsed to ISO date-time. */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(text)) return text.replace(' ', 'T');
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  // Without a time of day, Date.parse gives local midnight: keep the calendar date as written.
  if (!/\d:\d\d/.test(text)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return date.toISOString();
}
