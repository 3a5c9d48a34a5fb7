// Quotes with speakers and sources. Proposers find quoted spans (marks.ts) and reported speech
// (indirect.ts); classify.ts sorts quoted spans into direct / partial / not-a-quote; the speaker
// resolver (resolve/speakers.ts) and the source chain (sources.ts) complete each record.
import type { CleanArticle, Quote, Span } from '../../types';
import type { TextLayout } from '../text';
import { spanAt } from '../text';
import type { EntityIndex } from '../../resolve/entity-index';
import { attributeQuotes } from '../../resolve/speakers';
import { quoteKey } from '../../keys';
import { maskSpans, type QuoteCandidate } from './candidate';
import { classifyQuotedSpan } from './classify';
import { proposeIndirectQuotes } from './indirect';
import { quoteLexicon } from './lexicon';
import { findQuotedSpans } from './marks';
import { findSourceChain } from './sources';

export function extractQuotes(_article: CleanArticle, layout: TextLayout, entities: EntityIndex): Quote[] {
  const lex = quoteLexicon();
  const { text } = layout;
  const quoted = findQuotedSpans(layout);
  // Cues are read in text where every quoted word (quotes and scare quotes alike) is blanked out.
  const masked = maskSpans(text, quoted.flatMap((q) => q.segments));

  const candidates: QuoteCandidate[] = [];
  for (const q of quoted) {
    const kind = classifyQuotedSpan(q, layout, masked, lex);
    if (kind !== 'direct' && kind !== 'partial') continue;
    const first = q.segments[0];
    const last = q.segments[q.segments.length - 1];
    candidates.push({ start: first.start, end: last.end, kind, segments: q.segments, open: q.open, close: q.close, rule: `marks-${kind}` });
  }
  const quotedSpans: Span[] = candidates.map((c) => ({ start: c.open, end: c.close }));
  candidates.push(...proposeIndirectQuotes(layout, masked, quotedSpans, lex));
  candidates.sort((a, b) => a.start - b.start);

  const speakers = attributeQuotes(candidates, layout, masked, entities, lex);
  return candidates.map((c, n) => {
    const s = speakers[n];
    const quoteText = c.segments.map((seg) => text.slice(seg.start, seg.end)).join(' ');
    const region = attributionRegion(c, s.attribution?.cue ?? null, layout);
    const chain = findSourceChain(masked, region, s.speaker, entities, lex);
    const about = [...new Set(c.segments.flatMap((seg) => entities.mentionsIn(seg).map((h) => h.entity.key)))].filter((k) => k !== s.speaker);
    return {
      key: quoteKey(s.speaker ?? s.speakerText ?? '', quoteText),
      start: c.start,
      end: c.end,
      text: quoteText,
      kind: c.kind,
      speaker: s.speaker,
      speakerText: s.speakerText,
      cue: s.cue,
      givenTo: chain.givenTo,
      relayedBy: chain.relayedBy,
      about,
    };
  });
}

/** The sentences holding the quote and its cue: where venue and relay cues are looked for. */
function attributionRegion(c: QuoteCandidate, cue: Span | null, layout: TextLayout): Span {
  const first = spanAt(layout.sentences, c.open) ?? { start: c.open, end: c.close };
  const last = spanAt(layout.sentences, Math.max(c.open, c.close - 1)) ?? first;
  const cueSentence = cue ? spanAt(layout.sentences, cue.start) : undefined;
  return {
    start: Math.min(first.start, cueSentence?.start ?? first.start),
    end: Math.max(last.end, cueSentence?.end ?? last.end),
  };
}
