// Decides whether a date expression points back or forward from the reference date, from the
// tense cues of its clause (else its sentence). The cue nearest the expression wins; a past
// participle governed by a future auxiliary ("will be held") counts as future; with no cue, news
// prose reports the past.
import { spanAt, type TextLayout } from '../text';
import { alternation, dateData } from './data';
import { matchAll, type Tense } from './rule';

interface Cue {
  start: number;
  end: number;
  tense: Tense;
}

export function makeTenseReader(text: string, layout: TextLayout): (start: number, end: number) => Tense {
  const { tense } = dateData();
  const future = new RegExp(`(?<![\\w'])(?:${alternation(tense.future)})(?![\\w'])`, 'gi');
  const past = new RegExp(`(?<![\\w'])(?:${alternation(tense.past)})(?![\\w'])`, 'gi');
  const pastVerb = new RegExp(`\\b[a-z]{2,}${tense.pastVerbSuffix}\\b`, 'g');
  const cache = new Map<number, Cue[]>();

  const cuesOf = (sentenceStart: number, sentence: string): Cue[] => {
    const cues: Cue[] = [];
    for (const m of matchAll(future, sentence)) cues.push({ start: m.index, end: m.index + m[0].length, tense: 'future' });
    const inFuture = (at: number) => cues.some((c) => c.tense === 'future' && at >= c.start && at < c.end);
    // "will be held", "is to be signed": a participle after "be" belongs to the future phrase before it.
    const governed = (at: number) => cues.some((c) => c.tense === 'future' && c.end <= at && c.end >= at - 25)
      && /\b(?:be|have\s+been|be\s+being)\s+$/i.test(sentence.slice(Math.max(0, at - 25), at));
    const pastHits = [...matchAll(past, sentence), ...matchAll(pastVerb, sentence)];
    for (const m of pastHits) {
      if (inFuture(m.index)) continue;
      cues.push({ start: m.index, end: m.index + m[0].length, tense: governed(m.index) ? 'future' : 'past' });
    }
    return cues.map((c) => ({ ...c, start: c.start + sentenceStart, end: c.end + sentenceStart }));
  };

  // Where a clause ends: punctuation, quotation marks and the words that open a new clause.
  const clauseBreak = /[,;:\u201c\u201d"()\u2014]|\s(?:that|which|who|while|but|and|because|although)\s/g;
  const clauseAround = (sentence: { start: number; end: number }, start: number, end: number) => {
    let from = sentence.start;
    let to = sentence.end;
    for (const m of matchAll(clauseBreak, text.slice(sentence.start, sentence.end))) {
      const at = sentence.start + m.index;
      if (at + m[0].length <= start) from = at + m[0].length;
      else if (at >= end) {
        to = at;
        break;
      }
    }
    return { from, to };
  };

  return (start: number, end: number): Tense => {
    const sentence = spanAt(layout.sentences, start) ?? { start, end };
    let cues = cache.get(sentence.start);
    if (!cues) {
      cues = cuesOf(sentence.start, text.slice(sentence.start, sentence.end));
      cache.set(sentence.start, cues);
    }
    const clause = clauseAround(sentence, start, end);
    // The clause first; then what leads up to it (a date attaches to the verb before it); then the sentence.
    const within = (from: number, to: number) => cues!.filter((c) => c.start >= from && c.end <= to && !(c.start < end && c.end > start));
    // Last, the whole sentence; but a verb that resumes the sentence after an aside goes first: in
    // "On Thursday, X, a candidate in the election to be held on August 9, held a rally", the
    // date goes with ", held", not with "to be held".
    const resumes = cues.filter((c) => c.start > end && /,\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)));
    const pool = [within(clause.from, clause.to), within(sentence.start, clause.to), resumes, cues].find((set) => set.length) ?? [];
    let best: Cue | undefined;
    let bestDistance = Infinity;
    for (const c of pool) {
      if (c.start < end && c.end > start) continue; // the expression's own words ("last") are not cues
      const distance = c.end <= start ? start - c.end : c.start - end;
      if (distance < bestDistance || (distance === bestDistance && c.tense === 'future')) {
        best = c;
        bestDistance = distance;
      }
    }
    return best?.tense ?? 'past';
  };
}
