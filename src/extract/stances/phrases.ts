// Finds stance phrases in a run of tokens and reads what they are about: the subject before the
// phrase, the topic after it (with negation and conditionals taken into account). Who holds the
// stance is decided by index.ts, which knows whether the words are someone's quote.
import type { Polarity, Span } from '../../types';
import { isCapitalised, matchesPhrase, type Token } from '../quotes/tokens';
import type { StanceLexicon, StancePhrase } from './lexicon';

export interface StanceMatch {
  phrase: StancePhrase;
  polarity: Exclude<Polarity, 'neutral'>;
  negated: boolean;
  conditional: boolean;
  /** The grammatical subject before the phrase, when there is one. */
  subject: Span | null;
  subjectIsPronoun: boolean;
  topic: string;
  /** The words the topic was read from (object, decider...), where the target entity is looked for. */
  topicSpan: Span;
  /** Who is given or denied a say ("up to Russia"), for `decider` phrases. */
  decider: Span | null;
  evidence: Span;
}

const PREPOSITIONS = new Set(['to', 'of', 'for', 'by', 'with', 'from', 'on', 'in', 'at', 'into', 'about', 'over']);
const STRANDED = new Set(['during', 'last', 'this', 'next', 'yesterday', 'today', 'earlier', 'later', 'under', 'after', 'before']);
const PUNCT_STOP = new Set([',', '.', ';', ':', '!', '?', '(', ')', '"', '\u201c', '\u201d', '\u2014', '\u2013', '[', ']']);

export function findStancePhrases(text: string, tokens: Token[], lex: StanceLexicon): StanceMatch[] {
  const found: StanceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of lex.phrases) {
      if (!matchesPhrase(tokens, i, phrase.words)) continue;
      const match = readPhrase(text, tokens, i, phrase, lex);
      if (match) {
        found.push(match);
        i += phrase.words.length - 1;
        break;
      }
    }
  }
  return found;
}

function readPhrase(text: string, tokens: Token[], i: number, phrase: StancePhrase, lex: StanceLexicon): StanceMatch | null {
  const after = i + phrase.words.length;
  const prev = tokens[i - 1];
  // "our support", "the demand": a noun, not a verb taking a stance.
  if (phrase.complement === 'object' && phrase.words.length === 1 && prev && lex.nounMarkers.has(prev.lower)) return null;
  // "the refusal of NATO countries to accept it": an infinitive whose subject is elsewhere.
  if (phrase.active && phrase.complement === 'object' && prev?.lower === 'to') return null;
  const subjectTokens = subjectBefore(tokens, i, lex);
  const subject = subjectTokens ? { start: subjectTokens[0].start, end: subjectTokens[1].end } : null;
  const subjectText = subject ? text.slice(subject.start, subject.end) : null;
  // "you've", "they'd": a pronoun with a contracted auxiliary is still a pronoun.
  const subjectIsPronoun = subjectText !== null && lex.pronouns.has(subjectText.toLowerCase().replace(/['\u2019](?:ve|d|ll|re|m|s)$/, ''));
  const nominalSubject = subjectIsPronoun ? null : subjectText;

  let topic: string | null = null;
  let topicSpan: Span | null = null;
  let decider: Span | null = null;
  let lastWord = tokens[after - 1];
  switch (phrase.complement) {
    case 'infinitive': {
      const verb = tokens[after];
      if (!isVerbLike(verb, lex)) return null;
      const object = wordsAfter(tokens, after + 1, lex);
      topicSpan = { start: verb.start, end: object ? object.end : verb.end };
      const objectText = object ? ` ${text.slice(object.start, object.end)}` : '';
      topic = `${nominalSubject && !phrase.active ? `${nominalSubject} ` : ''}${gerund(verb.lower)}${objectText}`;
      break;
    }
    case 'object': {
      let object = wordsAfter(tokens, after, lex);
      if (!object && subjectTokens) object = relativeAntecedent(tokens, subjectTokens[0], lex);
      if (!object) return null;
      topicSpan = object;
      topic = text.slice(object.start, object.end);
      break;
    }
    case 'that-subject': {
      const object = clauseSubjectAfter(tokens, after, lex);
      if (!object) return null;
      topicSpan = object;
      topic = text.slice(object.start, object.end);
      break;
    }
    case 'passive-from': {
      const object = wordsAfter(tokens, after, lex);
      if (!object || !nominalSubject) return null;
      topicSpan = object;
      topic = `${text.slice(object.start, object.end)} for ${nominalSubject}`;
      break;
    }
    case 'passive-subject': {
      if (!nominalSubject || !subject) return null;
      topicSpan = subject;
      topic = nominalSubject;
      break;
    }
    case 'decider': {
      decider = capitalisedRun(tokens, after);
      if (!decider) return null;
      const toAt = tokens.findIndex((t) => t.start >= decider!.end);
      const verb = toAt >= 0 && tokens[toAt].lower === 'to' ? tokens[toAt + 1] : undefined;
      if (!isVerbLike(verb, lex)) return null;
      topicSpan = decider;
      lastWord = verb;
      topic = `${text.slice(decider.start, decider.end)} deciding whether to ${verb.lower}`;
      break;
    }
  }
  if (!topic || !topicSpan) return null;
  const negated = isNegated(tokens, i, lex);
  const polarity = negated ? (phrase.polarity === 'support' ? 'oppose' : 'support') : phrase.polarity;
  const start = Math.min(subject?.start ?? tokens[i].start, tokens[i].start);
  return {
    phrase,
    polarity,
    negated,
    conditional: isConditional(tokens, i, lex),
    subject,
    subjectIsPronoun,
    topic: cleanTopic(topic),
    topicSpan,
    decider,
    evidence: { start, end: Math.max(topicSpan.end, lastWord.end) },
  };
}

/** A lower-case word that can be the verb of "to VERB": not a determiner, number or clause word. */
function isVerbLike(t: Token | undefined, lex: StanceLexicon): t is Token {
  return !!t && t.word && !isCapitalised(t) && !/^\d/.test(t.text) && !lex.nounMarkers.has(t.lower) && !lex.topicStops.has(t.lower);
}

/** The words after `from` up to punctuation or a clause word, at most maxTopicWords words. */
function wordsAfter(tokens: Token[], from: number, lex: StanceLexicon): Span | null {
  let last = -1;
  let words = 0;
  for (let k = from; k < tokens.length && words < lex.maxTopicWords; k++) {
    const t = tokens[k];
    if (PUNCT_STOP.has(t.text) || (t.word && lex.topicStops.has(t.lower))) break;
    if (t.word) words++;
    last = k;
  }
  while (last >= from && !tokens[last].word) last--;
  // "agreed to at talks in Geneva": the object was stranded before the verb, not after it.
  if (last < from || PREPOSITIONS.has(tokens[from].lower) || STRANDED.has(tokens[from].lower)) return null;
  return { start: tokens[from].start, end: tokens[last].end };
}

/** "the 30-day cease-fire proposal that Ukraine agreed to": the noun phrase before "that/which". */
function relativeAntecedent(tokens: Token[], subjectStart: Token, lex: StanceLexicon): Span | null {
  const at = tokens.indexOf(subjectStart);
  const rel = tokens[at - 1];
  if (!rel || (rel.lower !== 'that' && rel.lower !== 'which')) return null;
  let first = at - 1;
  for (let k = at - 2; k >= 0 && at - 2 - k < 6; k--) {
    const t = tokens[k];
    if (!t.word && t.text !== '-') break;
    if (t.word && (lex.topicStops.has(t.lower) || PREPOSITIONS.has(t.lower))) break;
    first = k;
    if (lex.nounMarkers.has(t.lower)) break;
  }
  return first < at - 1 ? { start: tokens[first].start, end: tokens[at - 2].end } : null;
}

/** "demand that ironclad security guarantees become ...": the words before the clause's verb. */
function clauseSubjectAfter(tokens: Token[], from: number, lex: StanceLexicon): Span | null {
  let last = -1;
  for (let k = from; k < tokens.length && k < from + lex.maxTopicWords; k++) {
    const t = tokens[k];
    if (!t.word || lex.auxiliaries.has(t.lower) || lex.topicStops.has(t.lower)) break;
    // The verb of the clause: a lower-case word after at least one noun ("guarantees become").
    if (last >= from && !isCapitalised(t) && /(?:e|ed|en)$/.test(t.lower) && k > from + 1) break;
    last = k;
  }
  return last >= from ? { start: tokens[from].start, end: tokens[last].end } : null;
}

/** The subject just before tokens[i], past auxiliaries and negation ("Ukraine will not be"). */
function subjectBefore(tokens: Token[], i: number, lex: StanceLexicon): [Token, Token] | null {
  let j = i - 1;
  while (j >= 0 && tokens[j].word && (lex.auxiliaries.has(tokens[j].lower) || lex.negations.has(tokens[j].lower) || tokens[j].lower.endsWith("n't"))) j--;
  if (j < 0 || !tokens[j].word || lex.subjectStops.has(tokens[j].lower) || lex.topicStops.has(tokens[j].lower)) return null;
  const end = tokens[j];
  if (PREPOSITIONS.has(end.lower)) return null;
  if (lex.pronouns.has(end.lower)) return [end, end];
  let start = end;
  let sawCapital = false;
  for (let k = j; k >= 0 && j - k < 5; k--) {
    const t = tokens[k];
    if (!t.word || lex.subjectStops.has(t.lower) || lex.topicStops.has(t.lower) || PREPOSITIONS.has(t.lower)) break;
    if (isCapitalised(t)) sawCapital = true;
    else if (sawCapital) break;
    start = t;
    if (lex.nounMarkers.has(t.lower)) break;
  }
  // "my goal is to": a lone determiner or possessive is not a subject.
  if (start === end && lex.nounMarkers.has(end.lower)) return null;
  return [start, end];
}

function capitalisedRun(tokens: Token[], from: number): Span | null {
  let k = from;
  while (k < tokens.length && isCapitalised(tokens[k])) k++;
  return k > from ? { start: tokens[from].start, end: tokens[k - 1].end } : null;
}

function isNegated(tokens: Token[], i: number, lex: StanceLexicon): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k];
    if (!t.word) return false;
    if (lex.negations.has(t.lower) || t.lower.endsWith("n't")) return true;
    if (lex.subjectStops.has(t.lower)) return false;
  }
  return false;
}

/** Is the phrase inside an if/unless clause of its sentence? */
function isConditional(tokens: Token[], i: number, lex: StanceLexicon): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (['.', ';', '!', '?', ','].includes(t.text)) return false;
    if (t.word && lex.conditionals.has(t.lower)) return true;
  }
  return false;
}

/** Topic without a leading article and with spaces folded. */
function cleanTopic(topic: string): string {
  const words = topic.replace(/\s+/g, ' ').trim().split(' ');
  while (words.length > 1 && ['the', 'a', 'an'].includes(words[0].toLowerCase())) words.shift();
  return words.join(' ');
}

/**
 * "send" -> "sending", "deploy" -> "deploying", "stop" -> "stopping". A word that is already a
 * gerund ("committed to keeping") stays; "bring", "sing" are verbs, told apart by a stem without a vowel.
 */
export function gerund(verb: string): string {
  if (verb.endsWith('ing') && /[aeiouy]/.test(verb.slice(0, -3))) return verb;
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(verb) && verb !== 'be') return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}
