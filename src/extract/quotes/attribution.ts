// Finds the words that attribute a quote: the cue verb and the speaker phrase next to it, before the
// quote ("Grushko added, “...”"), after it ("“...,” Macron reportedly said") or around it
// ("according to X"). Works on tokens of text whose quoted content has been masked out, so words
// inside other quotes are never taken for cues. Turning a phrase into an entity is resolve/speakers.
import type { Span } from '../../types';
import { isCapitalised, matchesPhrase, type Token } from './tokens';
import type { QuoteLexicon } from './lexicon';

export interface Attribution {
  /** The speaker phrase as written ("Grushko", "a spokesman", "he"). */
  speaker: Span;
  /** The cue word(s) as written ("added", "according to"). */
  cue: Span;
  /** Which rule found it, for debugging and tests. */
  rule: 'cue-after' | 'cue-after-inverted' | 'cue-before' | 'according-to' | 'participle-subject' | 'colon-subject';
}

const PREPOSITIONS = new Set(['to', 'for', 'at', 'of', 'from', 'with', 'by', 'in', 'on', 'over', 'about', 'against', 'within', 'inside', 'near', 'among']);

// Words that open a new clause: a speaker phrase never contains them.
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'and', 'but', 'because', 'when', 'while', 'if', 'as', 'after', 'before', 'so']);
const CLAUSE_PUNCT = new Set(['.', '!', '?', ';', ':', '"', '\u201c', '\u201d', '\u201e', '(', ')', '[', ']']);

// Cue verbs are lower case: "States" in "United States" or "Reports" in a title are not cues.
export const isCueToken = (t: Token, lex: QuoteLexicon) => t.word && !isCapitalised(t) && lex.cueLemma.has(t.lower);

/** A cue in the passive ("as noted by Reuters", "was told by the minister") is followed by "by". */
const isPassiveCue = (tokens: Token[], c: number) => tokens[c + 1]?.lower === 'by';

/** "as noted by", "quoted by", "reported by": a relay, not the speaker (see sources.ts). */
const isRelayCue = (tokens: Token[], c: number, lex: QuoteLexicon) =>
  tokens[c - 1]?.lower === 'as' || lex.relayCues.some((p) => p.length === 2 && p[0] === tokens[c].lower && p[1] === 'by');
const isQuoteMark = (t: Token | undefined) => t !== undefined && ['"', '\u201c', '\u201e', "'", '\u2018'].includes(t.text);
const isPronoun = (t: Token, lex: QuoteLexicon) => lex.pronouns.has(t.lower);
const looksVerbal = (t: Token) => /(?:ed|ing|ly)$/.test(t.lower) && !isCapitalised(t);

function spanOf(tokens: Token[], from: number, to: number): Span {
  return { start: tokens[from].start, end: tokens[to].end };
}

/**
 * The speaker phrase that ends just before tokens[cue], walking back over adverbs and auxiliaries
 * ("further", "was quoted as") and over one comma-bracketed insertion (", editor at the Gazette,").
 * A participle after a comma ("..., stating to Izvestia") takes the subject of its sentence.
 */
export function speakerBefore(tokens: Token[], cue: number, floor: number, lex: QuoteLexicon): Attribution['speaker'] | null {
  // A participle shares the subject of its clause ("Grushko emphasized ..., stating", "Trump made
  // a statement about the Proud Boys, stating", "decided to play for the Federation saying"),
  // unless a subject of its own stands right before it ("one person saying", "with Smith saying").
  if (/ing$/.test(tokens[cue].lower)) {
    if (tokens[cue - 1]?.text === ',') return participleSubject(tokens, floor, cue, lex);
    const own = nounPhraseBefore(tokens, cue, floor, lex);
    const withSubject = own && tokens[tokens.findIndex((t) => t.start >= own.span.start) - 1]?.lower === 'with';
    return own && (!own.afterPreposition || withSubject) ? own.span : participleSubject(tokens, floor, cue, lex);
  }
  const found = nounPhraseBefore(tokens, cue, floor, lex);
  if (!found) return null;
  // "Jennifer Daskal of American University and contributor to Slate wrote": a name after a
  // preposition is inside the subject; the subject starts the clause.
  return found.afterPreposition ? subjectPhrase(tokens, floor, found.span, lex) ?? sentenceSubject(tokens, floor, cue, lex) : found.span;
}

/** The noun phrase before a cue, and whether a preposition governs it (then it is not the subject). */
function nounPhraseBefore(tokens: Token[], cue: number, floor: number, lex: QuoteLexicon): { span: Span; afterPreposition: boolean } | null {
  let j = cue - 1;
  let insertion: { start: number; end: number } | null = null;
  while (j >= floor) {
    const t = tokens[j];
    if (t.word && lex.skip.has(t.lower)) {
      j--;
      continue;
    }
    // "The Iranian Revolutionary Guard Corps (IRGC), ...": a short bracketed aside.
    if (t.text === ')' && tokens.slice(Math.max(floor, j - 4), j).some((x) => x.text === '(')) {
      while (j >= floor && tokens[j].text !== '(') j--;
      j--;
      continue;
    }
    if (t.text === ',' || t.text === '\u2014' || t.text === '\u2013') {
      const insertionStart = findInsertionStart(tokens, j, floor, lex);
      if (insertionStart === null) {
        return null;
      }
      insertion ??= { start: insertionStart + 1, end: j - 1 };
      j = insertionStart - 1;
      continue;
    }
    break;
  }
  if (j < floor) return null;
  if (isPronoun(tokens[j], lex)) return { span: spanOf(tokens, j, j), afterPreposition: false };
  const end = j;
  let sawCapital = false;
  let count = 0;
  for (; j >= floor && count < 10; j--, count++) {
    const t = tokens[j];
    // "Yvette Cooper of the Labour Party": a name with its organisation stays one phrase.
    const ofName = (k: number) => tokens[k]?.lower === 'of' && k - 1 >= floor && isCapitalised(tokens[k - 1]);
    if (sawCapital && (ofName(j) || (lex.determiners.has(t.lower) && ofName(j - 1)))) continue;
    if (!t.word || lex.stop.has(t.lower) || isCueToken(t, lex) || isPronoun(t, lex)) break;
    if (lex.determiners.has(t.lower)) {
      j--;
      break;
    }
    if (isCapitalised(t)) sawCapital = true;
    else if (sawCapital || looksVerbal(t) || /^\d/.test(t.text)) break;
  }
  let start = j + 1;
  // "The Investigative Committee and the Federal Security Service (FSB) said": both are speakers.
  if (start <= end && tokens[start - 1]?.lower === 'and' && start - 2 >= floor && isCapitalised(tokens[start - 2])) {
    const other = nounPhraseBefore(tokens, start - 1, floor, lex);
    if (other && !other.afterPreposition) start = tokens.findIndex((t) => t.start === other.span.start);
  }
  // "The judge presiding over the case, Bernard Schwartz, said": a description before a name in
  // commas; the name is the speaker.
  if (start > end) return null;
  const name = insertion ? trailingName(tokens, insertion) : null;
  if (name && !tokens.slice(start, end + 1).some((t) => isCapitalised(t) && !lex.determiners.has(t.lower))) return { span: name, afterPreposition: false };
  // A preposition right before the phrase, or a few lower-case words before it ("within the central",
  // "of worldwide victim group").
  let k = start - 1;
  while (k >= floor && start - k <= 3 && tokens[k].word && !isCapitalised(tokens[k]) && !PREPOSITIONS.has(tokens[k].lower) && !lex.stop.has(tokens[k].lower)) k--;
  const afterPreposition = k >= floor && PREPOSITIONS.has(tokens[k].lower);
  return { span: spanOf(tokens, start, end), afterPreposition };
}

/** The capitalised words (two or more) that end an insertion: the name in an appositive. */
function trailingName(tokens: Token[], span: { start: number; end: number }): Span | null {
  let k = span.end;
  while (k >= span.start && isCapitalised(tokens[k])) k--;
  return span.end - k >= 2 ? spanOf(tokens, k + 1, span.end) : null;
}

/**
 * A participle ("..., adding that", "..., stating to Izvestia") shares the subject of its clause:
 * the speaker of an earlier cue in the sentence ("officials told state media, adding"), else the
 * sentence subject.
 */
function participleSubject(tokens: Token[], floor: number, cue: number, lex: QuoteLexicon): Span | null {
  for (let k = cue - 1; k >= floor; k--) {
    if (!isCueToken(tokens[k], lex) || isPassiveCue(tokens, k)) continue;
    const speaker = speakerBefore(tokens, k, floor, lex);
    if (speaker) return speaker;
  }
  return sentenceSubject(tokens, floor, cue, lex);
}

/** The token after the comma that opens an insertion closed by the comma at tokens[close], if any. */
function findInsertionStart(tokens: Token[], close: number, floor: number, lex: QuoteLexicon): number | null {
  for (let k = close - 1; k >= floor && k >= close - 12; k--) {
    const t = tokens[k];
    // A cue verb with a subject ("officials told state media,") is a clause, not an insertion;
    // a cue noun after a preposition (", in remarks to ABC,") is part of one.
    if (CLAUSE_PUNCT.has(t.text) || (isCueToken(t, lex) && k > floor && tokens[k - 1].word && !lex.stop.has(tokens[k - 1].lower))) return null;
    if (t.text === ',' || t.text === '\u2014' || t.text === '\u2013') return k > floor ? k : null;
  }
  return null;
}

/**
 * The whole subject from the start of the sentence to the end of the phrase before the cue, when it
 * is one noun phrase with its modifiers ("Former US Ambassador to the United Nations Nikki Haley",
 * "A source within the central Interior Ministry"): the resolver then picks the person in it, or
 * nobody when the name sits in a descriptor.
 */
function subjectPhrase(tokens: Token[], floor: number, phrase: Span, lex: QuoteLexicon): Span | null {
  const first = sentenceSubject(tokens, floor, tokens.length, lex);
  if (!first) return null;
  const from = tokens.findIndex((t) => t.start === first.start);
  const to = tokens.findIndex((t) => t.end === phrase.end);
  if (from < 0 || to < from || to - from > 14) return null;
  const inner = tokens.slice(from, to + 1);
  if (inner.some((t) => !t.word || CLAUSE_WORDS.has(t.lower) || isCueToken(t, lex) || looksVerbal(t))) return null;
  return { start: first.start, end: phrase.end };
}

/**
 * The subject at the start of a sentence (after a leading adverbial such as "According to reports,"
 * or "On Saturday,"): the names or noun phrase before its first verb.
 */
export function sentenceSubject(tokens: Token[], floor: number, limit: number, lex: QuoteLexicon): Span | null {
  let i = floor;
  if (i < limit && lex.leadingAdverbial.has(tokens[i].lower)) {
    for (let k = i + 1; k < Math.min(limit, i + 10); k++) {
      if (tokens[k].text === ',') {
        i = k + 1;
        break;
      }
    }
  }
  return speakerForward(tokens, i, limit, lex);
}

/** A speaker phrase starting at tokens[i] ("the minister", "KCNA", "Deputy Minister Alexander Grushko"). */
export function speakerForward(tokens: Token[], i: number, limit: number, lex: QuoteLexicon): Span | null {
  if (i >= limit) return null;
  if (isPronoun(tokens[i], lex)) return spanOf(tokens, i, i);
  let k = i;
  if (lex.determiners.has(tokens[k].lower)) k++;
  let last = -1;
  let sawCapital = false;
  for (let count = 0; k < limit && count < 8; k++, count++) {
    const t = tokens[k];
    if (!t.word || lex.stop.has(t.lower) || isCueToken(t, lex) || isPronoun(t, lex) || lex.skip.has(t.lower)) break;
    if (isCapitalised(t)) sawCapital = true;
    else if (looksVerbal(t)) break;
    else if (sawCapital) {
      // A title word or "of" between names stays in the phrase ("Assembly president Richard
      // Ferrand", "US Secretary of State Mike Pompeo"); any other lower-case word ends it.
      const bridge = lowerBridge(tokens, k, limit, lex);
      if (bridge === 0) break;
      k += bridge - 1;
      count += bridge - 1;
    }
    last = k;
  }
  while (last >= i && (PREPOSITIONS.has(tokens[last].lower) || lex.determiners.has(tokens[last].lower))) last--;
  return last >= i ? spanOf(tokens, i, last) : null;
}

/** How many lower-case words (at most two, "of" or nouns) at k lead to a capitalised word; 0 if none. */
function lowerBridge(tokens: Token[], k: number, limit: number, lex: QuoteLexicon): number {
  for (let n = 0; n < 2 && k + n < limit; n++) {
    const t = tokens[k + n];
    if (!t.word || isCapitalised(t) || looksVerbal(t) || isCueToken(t, lex) || lex.skip.has(t.lower)) return 0;
    if (lex.stop.has(t.lower) || lex.determiners.has(t.lower)) return 0;
    if (k + n + 1 < limit && isCapitalised(tokens[k + n + 1])) return n + 1;
  }
  return 0;
}

/** "according to X" starting at tokens[i]: the length of the phrase, or 0. */
function accordingToAt(tokens: Token[], i: number, lex: QuoteLexicon): number {
  const p = lex.accordingTo.find((words) => matchesPhrase(tokens, i, words));
  return p ? p.length : 0;
}

/**
 * Attribution in the words right after a closing quote mark: "Grushko added", "Macron reportedly
 * said", "said KCNA", "according to police". `tokens` run from just after the mark to the end of
 * the sentence.
 */
export function attributionAfter(tokens: Token[], lex: QuoteLexicon, quoteEndedSentence = false): Attribution | null {
  let i = 0;
  while (i < tokens.length && [',', '\u2014', '\u2013', '-'].includes(tokens[i].text)) i++;
  if (i >= tokens.length || !tokens[i].word) return null;
  const limit = clauseEnd(tokens, i);
  const according = accordingToAt(tokens, i, lex);
  if (according) {
    const speaker = speakerForward(tokens, i + according, limit, lex);
    return speaker ? { speaker, cue: spanOf(tokens, i, i + according - 1), rule: 'according-to' } : null;
  }
  if (isCueToken(tokens[i], lex)) {
    let k = i + 1;
    while (k < limit && lex.skip.has(tokens[k].lower)) k++;
    const speaker = speakerForward(tokens, k, limit, lex);
    return speaker ? { speaker, cue: spanOf(tokens, i, i), rule: 'cue-after-inverted' } : null;
  }
  for (let k = i + 1; k < limit && k < i + 16; k++) {
    if (!isCueToken(tokens[k], lex) || isPassiveCue(tokens, k)) continue;
    const speaker = speakerLead(tokens, i, k, lex);
    if (!speaker) return null;
    // After a quote that ended its sentence, "X said." attributes it; "X said the road ..." is a
    // new sentence with its own content.
    if (quoteEndedSentence && k + 1 < limit && tokens[k + 1].word) return null;
    // "... the region.” Gabriel said, “The statement ...": the cue introduces the next quote.
    if (quoteEndedSentence && [',', ':'].includes(tokens[k + 1]?.text) && isQuoteMark(tokens[k + 2])) return null;
    return { speaker, cue: spanOf(tokens, k, k), rule: 'cue-after' };
  }
  return null;
}

/**
 * Right after a quote, the words up to the cue are the speaker phrase when they are plain words:
 * "a spokesman for the Health Ministry said", "Khaled Al-Maeena, editor at large at the Saudi
 * Gazette, said" (the part before the comma), "the judge in the case, Maria Lopez, said" (the
 * name in commas after a description).
 */
function speakerLead(tokens: Token[], from: number, cue: number, lex: QuoteLexicon): Span | null {
  let end = cue - 1;
  while (end >= from && tokens[end].word && lex.skip.has(tokens[end].lower)) end--;
  if (end < from) return null;
  const lead = tokens.slice(from, end + 1);
  const comma = lead.findIndex((t) => t.text === ',');
  const head = comma >= 0 ? lead.slice(0, comma) : lead;
  if (head.length === 0 || head.length > 8) return null;
  if (PREPOSITIONS.has(head[0].lower) || head.some((t) => !t.word || CLAUSE_WORDS.has(t.lower) || lex.stop.has(t.lower) || isCueToken(t, lex))) return null;
  if (comma >= 0) {
    const insertion = lead.slice(comma + 1).filter((t) => t.text !== ',');
    if (insertion.some((t) => CLAUSE_PUNCT.has(t.text) || isCueToken(t, lex)) || insertion.length > 12) return null;
    const hasProper = head.some((t) => isCapitalised(t) && !lex.determiners.has(t.lower));
    const name = insertion.length > 0 ? trailingName(insertion, { start: 0, end: insertion.length - 1 }) : null;
    if (!hasProper && name) return name;
  }
  return { start: head[0].start, end: head[head.length - 1].end };
}

/** Index of the first token that ends the clause (a full stop, semicolon, quote mark...). */
function clauseEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (CLAUSE_PUNCT.has(tokens[k].text)) return k;
  return tokens.length;
}

/**
 * Attribution in the words of the same sentence before the opening mark: the last cue verb with its
 * subject ("Grushko emphasized ..., stating to Izvestia, “...”", "Macron was quoted as telling ...
 * that the intention is to “...”"), or "according to X".
 */
export function attributionBefore(tokens: Token[], lex: QuoteLexicon): Attribution | null {
  const cued = cueBefore(tokens, lex);
  if (cued) return cued;
  // "Governor Edwards addressed the public: “...”": a sentence that introduces the quote with a
  // colon speaks for its subject.
  const last = tokens[tokens.length - 1];
  if (last?.text === ':' && tokens.length > 2) {
    const speaker = sentenceSubject(tokens, 0, tokens.length - 1, lex);
    if (speaker) return { speaker, cue: { start: last.start, end: last.end }, rule: 'colon-subject' };
  }
  return null;
}

function cueBefore(tokens: Token[], lex: QuoteLexicon): Attribution | null {
  for (let c = tokens.length - 1; c >= 0; c--) {
    const according = accordingToAt(tokens, c, lex);
    if (according) {
      const speaker = speakerForward(tokens, c + according, clauseEnd(tokens, c + according), lex);
      if (speaker) return { speaker, cue: spanOf(tokens, c, c + according - 1), rule: 'according-to' };
      continue;
    }
    // "the saying", "a statement": a noun, not a reporting verb.
    if (!isCueToken(tokens[c], lex) || lex.determiners.has(tokens[c - 1]?.lower ?? '')) continue;
    if (isPassiveCue(tokens, c)) {
      // "he was told by Minister X of “...”", "described by the Bulletin as “...”".
      if (isRelayCue(tokens, c, lex)) continue;
      const agent = speakerForward(tokens, c + 2, clauseEnd(tokens, c + 2), lex);
      if (agent) return { speaker: agent, cue: spanOf(tokens, c, c), rule: 'cue-before' };
      continue;
    }
    // "He then approached a director and said, “...”": the cue shares the sentence subject.
    const coordinated = tokens[c - 1]?.lower === 'and';
    const speaker = coordinated ? sentenceSubject(tokens, 0, c, lex) : speakerBefore(tokens, c, 0, lex);
    if (speaker) {
      const participle = /ing$/.test(tokens[c].lower) && speaker.end < tokens[c].start - 2;
      return { speaker, cue: spanOf(tokens, c, c), rule: participle ? 'participle-subject' : 'cue-before' };
    }
  }
  return null;
}
