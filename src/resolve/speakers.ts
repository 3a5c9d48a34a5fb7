// Who said it: turns the attribution found around each quote into a speaker entity key, through
// the article's EntityIndex (coreference already maps "Grushko" to Alexander Grushko). Pronouns
// resolve only when one compatible entity is in reach; a quote with no cue continues the previous
// speaker only when nothing else fits. What cannot be resolved keeps its words and no key.
import type { EntityType, Span } from '../types';
import type { TextLayout } from '../extract/text';
import { spanAt } from '../extract/text';
import type { EntityIndex } from './entity-index';
import { attributionAfter, attributionBefore, type Attribution } from '../extract/quotes/attribution';
import type { QuoteCandidate } from '../extract/quotes/candidate';
import { endsSentence } from '../extract/quotes/classify';
import type { QuoteLexicon } from '../extract/quotes/lexicon';
import { joinAbbreviations, tokenize } from '../extract/quotes/tokens';

export interface SpeakerResult {
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  /** The attribution words, so the source chain can read the clause around them. */
  attribution: Attribution | null;
  /** How the speaker was found: a cue rule, 'same-paragraph' or 'continues-previous'. */
  rule: string | null;
}

/** Prepositions after which a name belongs to a descriptor ("a spokesman for the ministry"), not the speaker. */
const DESCRIPTOR_PREPOSITIONS = /\b(?:of|for|from|at|with|within|inside|in|to|on|by|near|among)\b/i;
const AGENT_TYPES: EntityType[] = ['Organization', 'MediaOutlet', 'Country'];

export function attributeQuotes(
  candidates: QuoteCandidate[],
  layout: TextLayout,
  masked: string,
  index: EntityIndex,
  lex: QuoteLexicon,
): SpeakerResult[] {
  const { text } = layout;
  const results: SpeakerResult[] = [];
  candidates.forEach((q, n) => {
    const para = spanAt(layout.paragraphs, q.open) ?? { start: 0, end: text.length };
    const lastPara = spanAt(layout.paragraphs, Math.max(q.open, q.close - 1)) ?? para;
    let attribution = q.attribution ?? null;
    if (!attribution && q.kind !== 'indirect') {
      attribution = attributionAfter(joinAbbreviations(tokenize(masked, q.close, lastPara.end), lex.abbreviations), lex, endsSentence(text, q.segments));
      if (!attribution) {
        const sentence = spanAt(layout.sentences, q.open) ?? para;
        attribution = attributionBefore(joinAbbreviations(tokenize(masked, sentence.start, q.open), lex.abbreviations), lex);
      }
    }
    if (attribution) {
      const speakerText = text.slice(attribution.speaker.start, attribution.speaker.end);
      const speaker = resolveSpeakerPhrase(attribution.speaker, speakerText, layout, masked, index, lex);
      // A colon introduces the quote without a reporting verb: no cue word to keep.
      const cue = attribution.rule === 'colon-subject' ? null : text.slice(attribution.cue.start, attribution.cue.end);
      results.push({ speaker, speakerText, cue, attribution, rule: attribution.rule });
      return;
    }
    results.push(continuedSpeaker(candidates, results, n, layout, masked, index));
  });
  return results;
}

/**
 * A quote with no cue of its own: the previous quote's speaker when it is in the same paragraph,
 * or when this paragraph opens with the quote right after a paragraph that ended with a quote and
 * names nobody else.
 */
function continuedSpeaker(
  candidates: QuoteCandidate[],
  done: SpeakerResult[],
  n: number,
  layout: TextLayout,
  masked: string,
  index: EntityIndex,
): SpeakerResult {
  const none: SpeakerResult = { speaker: null, speakerText: null, cue: null, attribution: null, rule: null };
  if (n === 0) return none;
  const q = candidates[n];
  const prev = candidates[n - 1];
  const prevResult = done[n - 1];
  if (!prevResult.speakerText || prev.kind === 'indirect') return none;
  const para = spanAt(layout.paragraphs, q.open);
  const prevPara = spanAt(layout.paragraphs, Math.max(prev.open, prev.close - 1));
  if (!para || !prevPara) return none;
  const inherit = (rule: string): SpeakerResult => ({ ...prevResult, cue: null, attribution: null, rule });
  if (prevPara === para) return inherit('same-paragraph');
  const paraIndex = layout.paragraphs.indexOf(para);
  if (layout.paragraphs[paraIndex - 1] !== prevPara || q.open !== para.start) return none;
  // Nothing else fits: the paragraph (outside its quotes) names no other person.
  const outside = index
    .mentionsIn(para)
    .filter((h) => h.entity.type === 'Person' && masked.slice(h.mention.start, h.mention.end).trim() !== '');
  if (outside.some((h) => h.entity.key !== prevResult.speaker)) return none;
  return inherit('continues-previous');
}

/** The entity a speaker phrase names, or null when it names none for sure. */
export function resolveSpeakerPhrase(
  span: Span,
  phrase: string,
  layout: TextLayout,
  masked: string,
  index: EntityIndex,
  lex: QuoteLexicon,
): string | null {
  const lower = phrase.toLowerCase();
  if (lex.pronouns.has(lower)) {
    const type = lex.pronouns.get(lower);
    return type ? resolvePronoun(span.start, type, layout, masked, index) : null;
  }
  // "Day's animal foundation": a possessive names the owner, not the speaker.
  const possessive = (end: number) => /^['\u2019]s?\b/.test(layout.text.slice(end, end + 2));
  const hits = index.mentionsIn(span).filter((h) => !(possessive(h.mention.end) && h.mention.end < span.end));
  // "The Investigative Committee and the Federal Security Service said": two speakers, no one key.
  const conjunction = /\s(?:and|&)\s/.exec(phrase);
  if (conjunction) {
    const split = span.start + conjunction.index;
    const sides = new Set(hits.map((h) => (h.mention.start < split ? 'left' : 'right')));
    if (sides.size === 2 && new Set(hits.map((h) => h.entity.key)).size >= 2) return null;
  }
  // "a spokesman for the ministry": the named entity is not the speaker; "Kristian Andersen of
  // Scripps Research": the person before the preposition is.
  const preposition = DESCRIPTOR_PREPOSITIONS.exec(phrase);
  const coreEnd = preposition ? span.start + preposition.index : span.end;
  const people = hits.filter((h) => h.entity.type === 'Person');
  const headPeople = people.filter((h) => h.mention.start < coreEnd);
  if (headPeople.length > 0) return headPeople[headPeople.length - 1].entity.key;
  if (people.length > 0) return people[people.length - 1].entity.key;
  const lastWord = /(\S+)\s*$/.exec(phrase.slice(0, coreEnd - span.start));
  if (!lastWord) return null;
  const lastWordStart = span.start + lastWord.index;
  const covering = hits.filter((h) => h.mention.start <= lastWordStart && h.mention.end >= lastWordStart + 1);
  return covering.length > 0 ? covering[covering.length - 1].entity.key : null;
}

/**
 * "he said": the person mentioned before the pronoun, when exactly one distinct compatible entity is
 * mentioned (outside quotes) in the sentence so far and the sentence before it; failing any, in the
 * paragraph before. Ambiguity leaves the pronoun unresolved.
 */
export function resolvePronoun(at: number, type: EntityType, layout: TextLayout, masked: string, index: EntityIndex): string | null {
  const compatible = (t: EntityType) => (type === 'Person' ? t === 'Person' : AGENT_TYPES.includes(t));
  const sentenceIndex = layout.sentences.findIndex((s) => s.start <= at && at < s.end);
  const windows: Span[] = [];
  if (sentenceIndex >= 0) {
    const from = layout.sentences[Math.max(0, sentenceIndex - 1)].start;
    windows.push({ start: from, end: at });
    const para = spanAt(layout.paragraphs, from);
    const paraIndex = para ? layout.paragraphs.indexOf(para) : -1;
    if (paraIndex > 0) windows.push({ start: layout.paragraphs[paraIndex - 1].start, end: at });
  }
  for (const window of windows) {
    const keys = new Set(
      index
        .mentionsIn(window)
        .filter((h) => h.mention.end <= at && compatible(h.entity.type) && masked.slice(h.mention.start, h.mention.end).trim() !== '')
        .map((h) => h.entity.key),
    );
    if (keys.size === 1) return [...keys][0];
    if (keys.size > 1) return null;
  }
  return null;
}
