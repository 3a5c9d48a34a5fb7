// Word and punctuation tokens with their offsets in the article text: the unit every cue pattern
// in quotes and stances is matched against.
import type { Span } from '../../types';

export interface Token extends Span {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** True for words (letters or digits); false for punctuation and quote marks. */
  word: boolean;
}

// A word keeps inner apostrophes and hyphens ("al-Amr", "it's"), the dots of initialisms and
// decimals ("U.S", "3.5"); anything else that is not a space is a one-character punctuation token.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['\u2019\-](?=[\p{L}\p{N}])|\.(?=\p{Lu}\.|\d))*|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[start, end), offsets relative to the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    tokens.push({
      text: t,
      lower: t.toLowerCase().replace(/\u2019/g, "'"),
      word: /[\p{L}\p{N}]/u.test(t[0]),
      start: start + m.index,
      end: start + m.index + t.length,
    });
  }
  return tokens;
}

export const isCapitalised = (t: Token) => t.word && /^\p{Lu}/u.test(t.text);

/** Tokens with the full stop of listed abbreviations joined to the word ("Dr." stays one token). */
export function joinAbbreviations(tokens: Token[], abbreviations: Set<string>): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.text === '.' && prev && prev.end === t.start && abbreviations.has(prev.lower)) {
      out[out.length - 1] = { ...prev, text: `${prev.text}.`, lower: `${prev.lower}.`, end: t.end };
    } else out.push(t);
  }
  return out;
}

/** Index of the first token at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does the token sequence starting at i spell the phrase (lower-case words separated by spaces)? */
export function matchesPhrase(tokens: Token[], i: number, phrase: string[]): boolean {
  if (i < 0 || i + phrase.length > tokens.length) return false;
  return phrase.every((w, k) => tokens[i + k].lower === w);
}
