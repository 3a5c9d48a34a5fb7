// Decides what a quoted span is: a direct quote, a partial quote inside reported speech, or not a
// quote at all (scare quotes around a term, titles of books, films or operations, names).
import type { QuoteKind, Span } from '../../types';
import type { TextLayout } from '../text';
import { spanAt } from '../text';
import { attributionAfter, isCueToken } from './attribution';
import type { QuoteLexicon } from './lexicon';
import type { QuotedSpan } from './marks';
import { tokenize } from './tokens';

export type QuotedSpanKind = QuoteKind | 'title' | 'scare';

export function classifyQuotedSpan(q: QuotedSpan, layout: TextLayout, masked: string, lex: QuoteLexicon): QuotedSpanKind {
  const { text } = layout;
  const words = q.segments.flatMap((s) => tokenize(text, s.start, s.end)).filter((t) => t.word);
  if (words.length === 0) return 'scare';
  if (q.segments.length > 1) return 'direct';

  const para = spanAt(layout.paragraphs, q.open) ?? { start: 0, end: text.length };
  const sentence = spanAt(layout.sentences, q.open) ?? para;
  const before = tokenize(masked, sentence.start, q.open);
  const previous = before[before.length - 1];
  const afterTokens = tokenize(masked, q.close, para.end);
  const cuedAfter = attributionAfter(afterTokens, lex, endsSentence(text, q.segments)) !== null;

  if (previous?.word && lex.titleCues.has(previous.lower) && !cuedAfter) return 'title';
  if (looksLikeTitle(words.map((w) => w.text), lex.titleCaseShare) && !cuedAfter) return 'title';

  // A quote that starts its sentence, follows a colon or comma, or follows a cue verb directly
  // ("said “...”") is a quoted sentence; so is any quote followed by its attribution.
  const startsClause = !previous || /^[,:;\u2014\u2013\-(.!?]$/.test(previous.text) || ['"', '\u201d', "'"].includes(previous.text);
  const afterCue = previous !== undefined && isCueToken(previous, lex);
  if (cuedAfter) return 'direct';
  if ((startsClause || afterCue) && words.length >= lex.minDirectWords) return 'direct';

  // A fragment inside a sentence is a partial quote when it is long enough to be someone's words
  // and the sentence reports speech; short fragments are terms in scare quotes.
  if (words.length < lex.minPartialWords) return 'scare';
  const sentenceWords = tokenize(masked, sentence.start, sentence.end);
  const reportsSpeech = sentenceWords.some((t, i) => isCueToken(t, lex) || lex.accordingTo.some((p) => p.every((w, k) => sentenceWords[i + k]?.lower === w)));
  return reportsSpeech || words.length >= lex.minUncuedPartialWords ? 'partial' : 'scare';
}

/** Does the quoted text end with a full stop, question or exclamation mark? */
export function endsSentence(text: string, segments: Span[]): boolean {
  const last = segments[segments.length - 1];
  return /[.!?\u2026]$/.test(text.slice(last.start, last.end));
}

/** Title Case text of a few words ("Better Idea of Afghan Girls") names a work or a thing. */
function looksLikeTitle(words: string[], share: number): boolean {
  if (words.length > 8) return false;
  const long = words.filter((w) => w.length >= 4);
  if (long.length === 0) return words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return /^\p{Lu}/u.test(words[0]) && capitalised / long.length >= share && words.length >= 1 && !isSentenceLike(words);
}

/** A short capitalised sentence such as "We Will Win" is rare; "I", "We", "It" openers mark speech. */
function isSentenceLike(words: string[]): boolean {
  return ['I', 'We', 'You', 'It', 'This', 'They'].includes(words[0]) && words.length >= 3;
}

