// Paragraph and sentence boundaries shared by every extractor, computed once per article.
import type { Span } from '../types';

export interface TextLayout {
  text: string;
  paragraphs: Span[];
  sentences: Span[];
}

// Abbreviations after which a full stop does not end a sentence.
const NON_TERMINAL = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|[A-Z])\.$/;

export function layoutText(text: string): TextLayout {
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) paragraphs.push({ start, end });
  }
  const sentences: Span[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    // A sentence ends at . ! or ? (possibly followed by closing quotes/brackets) before a space and
    // an upper-case letter, digit or opening quote.
    const end = /[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(]?[A-Z0-9])/g;
    const para = text.slice(p.start, p.end);
    for (let m = end.exec(para); m; m = end.exec(para)) {
      const stop = p.start + m.index + m[0].length;
      if (NON_TERMINAL.test(text.slice(start, p.start + m.index + 1))) continue;
      sentences.push({ start, end: stop });
      start = stop;
      while (start < p.end && /\s/.test(text[start])) start++;
    }
    if (start < p.end) sentences.push({ start, end: p.end });
  }
  return { text, paragraphs, sentences };
}

/** The sentence (or paragraph) containing the offset. */
export function spanAt(spans: Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}
