// Stances: who is for or against what, with the evidence span and the quote it rests on. Two
// sources: what a resolved speaker says (direct, partial and indirect quotes: the speaker holds
// the stance unless the words name another holder), and what the narration reports of a named
// person, country or organisation ("Ukraine agreed to the 30-day cease-fire proposal").
import type { CleanArticle, Entity, Quote, Span, Stance } from '../../types';
import type { TextLayout } from '../text';
import { spanAt } from '../text';
import type { EntityIndex } from '../../resolve/entity-index';
import { stanceKey } from '../../keys';
import { maskSpans } from '../quotes/candidate';
import { tokenize } from '../quotes/tokens';
import { stanceLexicon, type StanceLexicon } from './lexicon';
import { findStancePhrases, type StanceMatch } from './phrases';
import { findTarget } from './target';

const QUOTE_MARKS = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u201e']);
const HOLDER_TYPES = new Set<Entity['type']>(['Person', 'Country', 'Organization']);

export function extractStances(_article: CleanArticle, layout: TextLayout, entities: EntityIndex, quotes: Quote[]): Stance[] {
  const lex = stanceLexicon();
  const { text } = layout;
  const stances = new Map<string, Stance>();
  const add = (s: Omit<Stance, 'key'>) => {
    const key = stanceKey(s.holder, s.target, s.topic, s.polarity);
    const known = stances.get(key);
    if (!known || known.confidence < s.confidence) stances.set(key, { key, ...s });
  };

  for (const q of quotes) {
    if (!q.speaker) continue;
    // A partial quote is a fragment: the stance is read from the whole sentence around it.
    const region: Span = q.kind === 'partial' ? (spanAt(layout.sentences, q.start) ?? q) : q;
    for (const m of findStancePhrases(text, wordsOf(text, region), lex)) {
      const holder = holderInQuote(m, q.speaker, text, entities);
      if (!holder) continue;
      add(stanceFrom(m, holder.key, layout, entities, lex.confidence[q.kind] * holder.factor, q.key, lex));
    }
  }

  // Narration: sentences outside every quote, where an entity is the subject of a stance phrase.
  const masked = maskSpans(text, quotes.map((q) => ({ start: q.start, end: q.end })));
  for (const sentence of layout.sentences) {
    for (const m of findStancePhrases(masked, wordsOf(masked, sentence), lex)) {
      if (!m.phrase.active || !m.subject || m.subjectIsPronoun) continue;
      const holder = headEntity(m.subject, text, entities);
      if (!holder || !HOLDER_TYPES.has(holder.type)) continue;
      add(stanceFrom(m, holder.key, layout, entities, lex.confidence.reported, null, lex));
    }
  }
  return [...stances.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}

/** Tokens without quote marks: a partial quote's marks sit inside the phrase ("intention is to “deploy"). */
function wordsOf(text: string, span: Span) {
  return tokenize(text, span.start, span.end).filter((t) => !QUOTE_MARKS.has(t.text));
}

/**
 * Who holds a stance found in a quote: the speaker, unless the phrase is active and its subject is
 * another named entity ("Ukraine rejected ..." said by someone else is Ukraine's stance). An active
 * phrase whose subject is an unnamed third party ("NATO countries refuse to") holds no stance we
 * can key.
 */
function holderInQuote(m: StanceMatch, speaker: string, text: string, entities: EntityIndex): { key: string; factor: number } | null {
  if (!m.phrase.active || !m.subject || m.subjectIsPronoun) return { key: speaker, factor: 1 };
  const named = headEntity(m.subject, text, entities);
  if (named && named.key !== speaker && HOLDER_TYPES.has(named.type)) return { key: named.key, factor: 0.8 };
  if (named?.key === speaker) return { key: speaker, factor: 1 };
  // A common-noun subject ("the intention", "allies") in the speaker's own words.
  return /^(?:the|a|an|our|my)\b/i.test(text.slice(m.subject.start, m.subject.end)) ? null : { key: speaker, factor: 0.8 };
}

/**
 * The entity a subject phrase names: one whose mention covers the phrase's last word ("Ukraine",
 * "the European Union"), not a modifier ("Iranian chess players" is not Iran).
 */
function headEntity(subject: Span, text: string, entities: EntityIndex): Entity | undefined {
  const last = /\S+$/.exec(text.slice(subject.start, subject.end));
  if (!last) return undefined;
  const at = subject.start + last.index;
  return entities.at({ start: at, end: at + 1 });
}

function stanceFrom(m: StanceMatch, holder: string, layout: TextLayout, entities: EntityIndex, base: number, quote: string | null, lex: StanceLexicon): Omit<Stance, 'key'> {
  const { target } = findTarget({ match: m, holder, text: layout.text, layout, entities });
  const confidence = base * (m.conditional ? lex.confidence.conditionalFactor : 1);
  return {
    holder,
    target,
    topic: m.topic,
    polarity: m.polarity,
    confidence: Math.round(confidence * 100) / 100,
    evidence: m.evidence,
    quote,
  };
}
