// Reported speech without quote marks: "Grushko argued that ...", "Albanese also said he would ...",
// "X told the newspaper that ...". The reported clause becomes an indirect quote of the subject.
import type { Span } from '../../types';
import type { TextLayout } from '../text';
import { isCueToken, speakerBefore, type Attribution } from './attribution';
import type { QuoteCandidate } from './candidate';
import type { QuoteLexicon } from './lexicon';
import { tokenize, type Token } from './tokens';

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'you']);
const NON_AGENTS = new Set(['it', 'this', 'that']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const CLAUSE_BREAK = new Set(['.', ';', ':', '!', '?', '"', '\u201c', '\u201d', '(', ')']);
const MIN_CLAUSE_WORDS = 3;
const OBJECT_GAP = 12;

/**
 * Indirect quotes in sentences that hold no direct or partial quote (`quoted` lists their spans).
 * `masked` is the article text with quoted words blanked out.
 */
export function proposeIndirectQuotes(layout: TextLayout, masked: string, quoted: Span[], lex: QuoteLexicon): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  for (const sentence of layout.sentences) {
    if (quoted.some((q) => q.start < sentence.end && q.end > sentence.start)) continue;
    const tokens = tokenize(masked, sentence.start, sentence.end);
    const candidate = reportedClause(tokens, layout.text, sentence, lex);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** Offset after the sentence's last word or closing quote mark, before its final full stop. */
function textEnd(text: string, sentence: Span): number {
  let end = sentence.end;
  while (end > sentence.start && /[\s.;:!?,]/.test(text[end - 1])) end--;
  return end;
}

function reportedClause(tokens: Token[], text: string, sentence: Span, lex: QuoteLexicon): QuoteCandidate | null {
  for (let c = 0; c < tokens.length; c++) {
    const cue = tokens[c];
    if (!isCueToken(cue, lex)) continue;
    const lemma = lex.cueLemma.get(cue.lower)!;
    if (!lex.thatLemmas.has(lemma)) continue;
    const before = tokens[c - 1];
    // "the report that", "is said that": nouns and passives do not name a speaker.
    if (before && (lex.notIndirectAfter.has(before.lower) || BE.has(before.lower))) continue;
    let clauseStart = clauseAfterCue(tokens, c, lemma, lex);
    if (clauseStart === null) continue;
    // "arguing that, as president, he ...": the clause starts at its first word.
    while (clauseStart < tokens.length && !tokens[clauseStart].word) clauseStart++;
    if (clauseStart >= tokens.length) continue;
    let end = tokens.length - 1;
    while (end > clauseStart && !tokens[end].word) end--;
    const words = tokens.slice(clauseStart, end + 1).filter((t) => t.word).length;
    // Quoted words are blanked in `tokens`; the clause runs to the sentence end in the real text.
    const clauseEnd = Math.max(tokens[end].end, textEnd(text, sentence));
    if (words < MIN_CLAUSE_WORDS) continue;
    const speaker = speakerBefore(tokens, c, 0, lex);
    // "I said that ...", "we believe ...": a narrator's or interviewee's own words, not a report.
    const subject = speaker ? tokens.find((t) => t.start === speaker.start)!.lower : '';
    if (!speaker || FIRST_AND_SECOND_PERSON.has(subject)) continue;
    // "it may suggest that ...": evidence, not speech.
    if (NON_AGENTS.has(subject) && lex.evidentialLemmas.has(lemma)) continue;
    const attribution: Attribution = { speaker, cue: { start: cue.start, end: cue.end }, rule: 'cue-before' };
    const span = { start: tokens[clauseStart].start, end: clauseEnd };
    return { ...span, kind: 'indirect', segments: [span], open: span.start, close: span.end, rule: `indirect-${lemma}`, attribution };
  }
  return null;
}

/** Index of the first token of the reported clause after the cue at c, or null when there is none. */
function clauseAfterCue(tokens: Token[], c: number, lemma: string, lex: QuoteLexicon): number | null {
  const next = tokens[c + 1];
  if (!next) return null;
  if (next.lower === 'that') return c + 2 < tokens.length ? c + 2 : null;
  if (lex.pronounThatLemmas.has(lemma) && SUBJECT_PRONOUNS.has(next.lower) && tokens[c + 2]?.word) return c + 1;
  if (!lex.objectThatLemmas.has(lemma)) return null;
  for (let k = c + 1; k < tokens.length && k <= c + OBJECT_GAP; k++) {
    const t = tokens[k];
    if (CLAUSE_BREAK.has(t.text)) return null;
    if (t.lower !== 'that' || k + 1 >= tokens.length) continue;
    // "expressed a desire for a commitment that ...": the object is part of what was said.
    return lex.objectIsContentLemmas.has(lemma) ? c + 1 : k + 1;
  }
  return null;
}
