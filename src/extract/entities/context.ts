// Builds the per-article context shared by every entity rule: tokens, sentence starts, and the
// stretches of text that must never produce entities (photo credits, widget text).
import type { CleanArticle, Span } from '../../types';
import type { TextLayout } from '../text';
import { loadEntityData, type StopWordsFile } from '../../resolve/entities/data';
import type { EntityContext } from './rule';
import { tokenize, type Token } from './tokens';
import { entriesFor } from '../../resolve/entities/gazetteer';
import { titleAt } from './titles';
import { loadPersonNames } from './person-names';
import { wordLists } from './word-lists';

// A parenthesised credit: "(KIRAN RIDLEY/POOL/AFP via Getty Images)", "(Photo: Reuters)".
const PAREN_CREDIT = /\((?=[^()]{0,160}\))(?:[^()]*\/[^()]*|[^()]*\bvia\s+\p{Lu}[^()]*|\s*(?:photo|image|picture|credit|file photo)\b[^()]*)\)/giu;
// A credit line of its own: "Photo: John Smith/Reuters", "Image credit: AFP".
const LINE_CREDIT = /^(?:photo|image|picture|credit|photograph|file photo)(?:\s+credit)?\s*[:|].*$/gimu;
// Words glued to widget prefixes: "NEWYou can now listen".
const GLUED_WIDGET = /^\p{Lu}{3,}\p{Lu}\p{Ll}/u;
// A smaller word list that may stay lower case in a headline-cased line.
const HEADLINE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'vs', 'is', 'are', 'nor', 'via', 'into', 'over', 'up']);

export function buildContext(article: CleanArticle, layout: TextLayout): EntityContext {
  // Before any rule reads compromise's lexicon: it learns the data file's given names once.
  loadPersonNames();
  const text = layout.text;
  const tokens = tokenize(text);
  const sentenceStartTokens = new Set<number>();
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < layout.sentences.length && layout.sentences[s].end <= tokens[i].start) s++;
    if (s < layout.sentences.length && tokens[i].start >= layout.sentences[s].start) {
      // The first word of a sentence, possibly after an opening quote or bracket.
      if (/^[\s"'“‘(\[«-]*$/u.test(text.slice(layout.sentences[s].start, tokens[i].start))) sentenceStartTokens.add(i);
    }
  }
  const excluded = excludedSpans(text, tokens);
  return {
    article,
    text,
    layout,
    tokens,
    sentenceStartTokens,
    excluded,
    headlineCased: headlineCasedParagraphs(text, layout, tokens, excluded),
  };
}

/** Stretches of `text` that never yield entities (photo credits, widget text): for later stages too. */
export function neverEntitySpans(text: string): Span[] {
  return excludedSpans(text, tokenize(text));
}

function excludedSpans(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (const re of [PAREN_CREDIT, LINE_CREDIT]) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  const stopWords = loadEntityData<StopWordsFile>('stop-words.json');
  spans.push(...productSpans(text, tokens, stopWords.productNames));
  const widget = new Set(stopWords.widget);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (GLUED_WIDGET.test(t.text)) spans.push({ start: t.start, end: t.end });
    // A widget word that starts a known name is that name: "Home Office", "Home Secretary".
    else if (widget.has(t.text) && !startsKnownName(text, tokens, i) && !widgetStartsName(text, t.start, t.text)) spans.push({ start: t.start, end: t.end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Where the text names a product ("CentOS Stream", "Red Hat Enterprise Linux"): the longest
 * listed product name at each word, its words separated by spaces only.
 */
function productSpans(text: string, tokens: Token[], productNames: string[]): Span[] {
  const byFirstWord = new Map<string, string[][]>();
  for (const name of productNames) {
    const words = tokenize(name).map((t) => t.text);
    if (words.length === 0) continue;
    byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), words].sort((a, b) => b.length - a.length));
  }
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const words of byFirstWord.get(tokens[i].text) ?? []) {
      const last = i + words.length - 1;
      if (last >= tokens.length) continue;
      const matches = words.every((w, n) => tokens[i + n].text === w && (n === 0 || /^[ \t]+$/.test(text.slice(tokens[i + n - 1].end, tokens[i + n].start))));
      if (!matches) continue;
      spans.push({ start: tokens[i].start, end: tokens[last].end });
      i = last;
      break;
    }
  }
  return spans;
}

/**
 * Page-widget words ("Home", "Watch") are chrome at the start of a line, but between a lower-case
 * word and a capitalised one, in the middle of a sentence, they start a name: "component Home
 * Depot", "the Watch Tower Society" (not "Public Image Ltd", where a name runs on); and so they do
 * wherever the article writes the same name again.
 */
export function widgetStartsName(text: string, at: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || !wordLists().widget.has(word)) return false;
  if (widgetInsideSentence(text, at, word)) return true;
  // "Looking ahead, Home Depot sees...", "our One Home Depot investments": the article writes the
  // same two words elsewhere where they clearly start a name ("component Home Depot reported").
  const run = /^\S+[ \t]+\p{Lu}[\p{L}\p{N}'’&-]*/u.exec(text.slice(at, at + 60))?.[0];
  if (run === undefined) return false;
  for (let i = text.indexOf(run); i >= 0; i = text.indexOf(run, i + 1)) {
    if (i !== at && widgetInsideSentence(text, i, word)) return true;
  }
  return false;
}

/** The widget word at `at` stands between a lower-case word and a capitalised one. */
function widgetInsideSentence(text: string, at: number, word: string): boolean {
  return /(?:^|[^\p{L}'’-])\p{Ll}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, at - 30), at))
    && /^[ \t]+\p{Lu}/u.test(text.slice(at + word.length, at + word.length + 3));
}

function startsKnownName(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !/^[ \t]+$/.test(text.slice(tokens[i].end, next.start))) return false;
  return entriesFor(text.slice(tokens[i].start, next.end)).length > 0 || titleAt(text, tokens[i].start) !== undefined;
}

function headlineCasedParagraphs(text: string, layout: TextLayout, tokens: Token[], excluded: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  for (const p of layout.paragraphs) {
    // A headline is one line with no sentence break inside it.
    if (/[.!?]["'”’)]?\s+\S/.test(text.slice(p.start, p.end))) continue;
    let content = 0;
    let capitalised = 0;
    while (i < tokens.length && tokens[i].start < p.start) i++;
    for (let j = i; j < tokens.length && tokens[j].end <= p.end; j++) {
      const t = tokens[j];
      if (!/\p{L}/u.test(t.text) || HEADLINE_SMALL.has(t.text.toLowerCase())) continue;
      if (excluded.some((x) => t.start >= x.start && t.end <= x.end)) continue;
      content++;
      if (t.capitalised) capitalised++;
    }
    // Ordinary sentences have many lower-case content words; headlines in title case have almost none.
    if (content >= 4 && capitalised / content >= 0.8 && !/[.!?]["'”’)]?$/.test(text.slice(p.start, p.end))) out.push(p);
  }
  return out;
}

let lowerWords: WeakMap<EntityContext, Set<string>> | undefined;

/** The article's words written in lower case somewhere: capitalised elsewhere, they are ordinary words. */
export function lowerCaseWords(ctx: EntityContext): Set<string> {
  lowerWords ??= new WeakMap();
  let set = lowerWords.get(ctx);
  if (!set) {
    set = new Set(ctx.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    lowerWords.set(ctx, set);
  }
  return set;
}
