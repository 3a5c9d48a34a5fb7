// Main text of an HTML page: chrome pruned from the DOM, readability.js picks the article
// container, then the container is walked into blocks (paragraphs, headings, list items, captions)
// and blocks that are mostly links (teasers, tag lists) are dropped.
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { loadCleanData } from '../data';
import type { Block } from '../chrome/document';
import type { RemovedBlock } from '../../types';
import { readPageMetadata, type PageMetadata } from './metadata';

interface HtmlChrome {
  classOrIdTokens: string[];
  captionTokens: string[];
  creditTokens: string[];
  selectors: string[];
  reasonByToken: Record<string, string>;
}

export interface HtmlExtraction {
  blocks: Block[];
  /** Photo credits found in caption markup. */
  credits: string[];
  removed: RemovedBlock[];
  metadata: PageMetadata;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'HR', 'ADDRESS', 'CENTER',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'IFRAME', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO']);

/** A short block with most of its characters inside links is navigation or a teaser, not prose. */
const LINK_DENSITY_LIMIT = 0.6;
const LINK_BLOCK_MAX_WORDS = 30;
/** Pruning never removes an element holding this share of the page's article text. */
const PRUNE_MAX_SHARE = 0.3;

let chrome:
  | { tokens: Set<string>; captionTokens: string[]; creditTokens: string[]; selectors: string; reasonByToken: Map<string, string> }
  | undefined;

function chromeData() {
  if (!chrome) {
    const data = loadCleanData<HtmlChrome>('html-chrome.json');
    chrome = {
      tokens: new Set(data.classOrIdTokens),
      captionTokens: data.captionTokens,
      creditTokens: data.creditTokens,
      selectors: data.selectors.join(','),
      reasonByToken: new Map(Object.entries(data.reasonByToken)),
    };
  }
  return chrome;
}

/** Longest text recorded for one removed element; whole sidebars would swamp the record. */
const REMOVED_TEXT_MAX = 300;

// Scripts (except JSON-LD metadata) and style sheets are dropped before parsing: they are never
// text, and parsing them is much of the cost of building the DOM.
const SCRIPT_OR_STYLE = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export function extractFromHtml(html: string, url?: string): HtmlExtraction {
  const virtualConsole = new VirtualConsole(); // page scripts and CSS errors are not ours to report
  const dom = new JSDOM(html.replace(SCRIPT_OR_STYLE, ''), { url: safeUrl(url), virtualConsole });
  const document = dom.window.document;
  const metadata = readPageMetadata(document);
  const removed = pruneChrome(document);
  const article = chooseMainContent(document);
  const root = (article?.content as unknown as Element | undefined) ?? document.body;
  if (!metadata.title && article?.title) metadata.title = article.title;
  if (!metadata.author && article?.byline) metadata.author = article.byline;
  const result: HtmlExtraction = { blocks: [], credits: [], removed, metadata };
  if (root) walkBlocks(root, result);
  dom.window.close();
  return result;
}

/** readability.js's choice of the article container; null when it finds none (or fails on the page). */
function chooseMainContent(document: Document): { content: unknown; title?: string | null; byline?: string | null } | null {
  try {
    return new Readability(document, { serializer: (node: Node) => node, keepClasses: true }).parse();
  } catch {
    return null; // fall back to the pruned <body>
  }
}

function safeUrl(url?: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function classTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Removes chrome elements, except ones that hold much of the page's article text. Elements found by
 * a class or id token are reported (navigation, scripts and the like found by tag are not).
 */
function pruneChrome(document: Document): RemovedBlock[] {
  const { tokens, selectors, reasonByToken } = chromeData();
  const removed: RemovedBlock[] = [];
  const body = document.body;
  if (!body) return removed;
  const amount = textAmounts(body);
  const total = amount.get(body) || 1;
  const holdsArticle = (el: Element) => (amount.get(el) ?? 0) / total >= PRUNE_MAX_SHARE;
  for (const el of [...body.querySelectorAll(selectors)]) if (!holdsArticle(el)) el.remove();
  for (const el of [...body.querySelectorAll('[class], [id]')]) {
    if (!el.isConnected) continue;
    const token = classTokens(el).find((t) => tokens.has(t));
    if (!token || holdsArticle(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) {
      const shown = text.length > REMOVED_TEXT_MAX ? `${text.slice(0, REMOVED_TEXT_MAX)}…` : text;
      removed.push({ text: shown, reason: reasonByToken.get(token) ?? 'page-chrome' });
    }
    el.remove();
  }
  return removed;
}

/**
 * Characters of article-like text under every element, in one pass: text inside <p> when the page
 * has enough of it, otherwise all text (pages that set their text in <div>s and <br>s).
 */
function textAmounts(body: Element): Map<Element, number> {
  const inParagraphs = new Map<Element, number>();
  const all = new Map<Element, number>();
  const visit = (el: Element, inP: boolean): void => {
    let p = 0;
    let any = 0;
    const here = inP || el.tagName === 'P';
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        const n = (child.nodeValue ?? '').trim().length;
        any += n;
        if (here) p += n;
      } else if (child.nodeType === 1) {
        visit(child as Element, here);
        p += inParagraphs.get(child as Element) ?? 0;
        any += all.get(child as Element) ?? 0;
      }
    }
    inParagraphs.set(el, p);
    all.set(el, any);
  };
  visit(body, false);
  return (inParagraphs.get(body) ?? 0) > 500 ? inParagraphs : all;
}

interface OpenBlock {
  text: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  caption: boolean;
  credit: boolean;
}

const openBlock = (caption: boolean, credit: boolean): OpenBlock => ({ text: '', linkChars: 0, caption, credit });

/**
 * Walks the article container into blocks. A block-level tag or <br> ends the current block, and so
 * does entering or leaving caption or credit markup, so captions and credits are blocks of their own.
 */
function walkBlocks(root: Element, out: HtmlExtraction): void {
  const { captionTokens, creditTokens } = chromeData();
  const hasToken = (tokens: string[], parts: string[]) => tokens.some((t) => parts.some((p) => t.includes(p)));
  let open = openBlock(false, false);
  const flush = () => {
    const text = open.text.replace(/\s+/g, ' ').trim();
    if (text) emit(text, open, out);
    open = openBlock(open.caption, open.credit);
  };
  const visit = (node: Node, inLink: boolean, caption: boolean, credit: boolean) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      open.text += text;
      if (inLink) open.linkChars += text.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      flush();
      return;
    }
    const tokens = classTokens(el);
    const isCredit = credit || hasToken(tokens, creditTokens);
    const isCaption = caption || el.tagName === 'FIGCAPTION' || (!isCredit && hasToken(tokens, captionTokens));
    const startsBlock = BLOCK_TAGS.has(el.tagName) || isCredit !== credit || isCaption !== caption;
    if (startsBlock) {
      flush();
      open = openBlock(isCaption, isCredit);
    }
    for (const child of el.childNodes) visit(child, inLink || el.tagName === 'A', isCaption, isCredit);
    if (startsBlock) {
      flush();
      open = openBlock(caption, credit);
    }
  };
  visit(root, false, false, false);
  flush();
}

function emit(text: string, open: OpenBlock, out: HtmlExtraction): void {
  if (open.credit) {
    out.credits.push(text.replace(/^(?:credit|photo|image)s?\s*:\s*/i, ''));
    out.removed.push({ text, reason: 'photo-credit' });
    return;
  }
  const words = text.split(/\s+/).length;
  if (!open.caption && words <= LINK_BLOCK_MAX_WORDS && open.linkChars / text.replace(/\s+/g, '').length >= LINK_DENSITY_LIMIT) {
    out.removed.push({ text, reason: 'related-links' });
    return;
  }
  out.blocks.push(open.caption ? { text, caption: true } : { text });
}
