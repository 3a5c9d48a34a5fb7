// Finds text between quote marks: curly and straight, double and single, including quotes that run
// over several paragraphs (a paragraph that opens a quote without closing it continues into the
// next paragraph when that one opens with a quote mark, as newspapers print long quotes).
import type { Span } from '../../types';
import type { TextLayout } from '../text';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote is never closed. */
  close: number;
  /** The quoted words of each paragraph, without marks. */
  segments: Span[];
  /** Double marks (“ ” „ ") or single ones (‘ ’ '). */
  double: boolean;
  /** False when the last paragraph ended with the quote still open. */
  closed: boolean;
}

const OPEN_DOUBLE = new Set(['\u201c', '\u201e', '"']);
const CLOSE_DOUBLE = new Set(['\u201d', '"']);
const OPENS_AFTER = /[\s([{\u2014\u2013\-\/]/;
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-\u2026]/;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function opensDouble(text: string, i: number, paraStart: number): boolean {
  const ch = text[i];
  if (!OPEN_DOUBLE.has(ch)) return false;
  if (ch !== '"') return true;
  // A straight mark opens when it starts the paragraph or follows a space or bracket, and is
  // followed by something other than a space.
  return (i === paraStart || OPENS_AFTER.test(text[i - 1])) && i + 1 < text.length && !/\s/.test(text[i + 1]);
}

function closesDouble(text: string, i: number): boolean {
  const ch = text[i];
  if (CLOSE_DOUBLE.has(ch)) return true;
  // A left mark after a word and before a space is a misprinted closing mark.
  return ch === '\u201c' && isWordChar(text[i - 1]) && (i + 1 >= text.length || CLOSES_BEFORE.test(text[i + 1]));
}

function opensSingle(text: string, i: number, paraStart: number): boolean {
  const ch = text[i];
  if (ch !== '\u2018' && ch !== "'") return false;
  return (i === paraStart || OPENS_AFTER.test(text[i - 1])) && isWordChar(text[i + 1]);
}

/** The closing single mark of a quote opened at `open`, if the paragraph has one. */
function findSingleClose(text: string, open: number, paraEnd: number): number | null {
  for (let j = open + 2; j < paraEnd; j++) {
    const ch = text[j];
    if (OPEN_DOUBLE.has(ch) || CLOSE_DOUBLE.has(ch)) return null;
    if ((ch === '\u2019' || ch === "'") && !/\s/.test(text[j - 1]) && (j + 1 >= paraEnd || CLOSES_BEFORE.test(text[j + 1]))) {
      // "countries' " is a plural possessive when the mark follows an s and a word goes on.
      return j;
    }
  }
  return null;
}

export function findQuotedSpans(layout: TextLayout): QuotedSpan[] {
  const { text, paragraphs } = layout;
  const found: QuotedSpan[] = [];
  let carried: QuotedSpan | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let current: QuotedSpan | null = carried;
    let segmentStart = current ? para.start + 1 : -1;
    carried = null;
    for (let i: number = current ? para.start + 1 : para.start; i < para.end; i++) {
      if (current) {
        if (closesDouble(text, i)) {
          current.segments.push({ start: segmentStart, end: i });
          current.close = i + 1;
          found.push(current);
          current = null;
        }
        continue;
      }
      if (opensDouble(text, i, para.start)) {
        current = { open: i, close: para.end, segments: [], double: true, closed: true };
        segmentStart = i + 1;
        continue;
      }
      if (opensSingle(text, i, para.start)) {
        const close = findSingleClose(text, i, para.end);
        if (close !== null) {
          found.push({ open: i, close: close + 1, segments: [{ start: i + 1, end: close }], double: false, closed: true });
          i = close;
        }
      }
    }
    if (current) {
      current.segments.push({ start: segmentStart, end: para.end });
      const next = paragraphs[p + 1];
      if (next && OPEN_DOUBLE.has(text[next.start])) {
        carried = current;
      } else {
        current.close = para.end;
        current.closed = false;
        found.push(current);
      }
    }
  }
  return found
    .map((q) => ({ ...q, segments: q.segments.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start) }))
    .filter((q) => q.segments.length > 0)
    .sort((a, b) => a.open - b.open);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
