// Interviews stated through quotes: a quote given to an outlet ("stating to the Russian
// newspaper Izvestia") is an Interview event of its speaker with that outlet, reported by the
// outlets that relayed it. Optional input: without quote records nothing is proposed.
import type { Quote } from '../../types';
import type { EntityIndex } from '../../resolve/entity-index';
import { addParticipant, type EventMention } from './mention';
import type { Segment } from './segment';

export function interviewMentions(quotes: Quote[], segments: Segment[], index: EntityIndex): EventMention[] {
  const out: EventMention[] = [];
  for (const q of quotes) {
    if (!q.speaker || !q.givenTo) continue;
    const seg = segments.find((s) => s.origin !== 'video-title' && s.start <= q.start && q.start < s.end);
    if (!seg) continue;
    const outlet = index.byKey(q.givenTo)?.name ?? q.givenTo;
    const m: EventMention = {
      type: 'Interview', trigger: q.cue ?? 'interview', label: `interview with ${outlet}`,
      start: q.start, end: q.end, triggerStart: q.start, triggerEnd: q.end, segment: seg, generic: false,
      date: null, dateFromSentence: false, participants: new Map(), location: null, concerns: new Set(),
      reportedBy: new Set(q.relayedBy), rules: ['quote-given-to'],
    };
    addParticipant(m, q.speaker, 'speaker');
    addParticipant(m, q.givenTo, 'participant');
    out.push(m);
  }
  return out;
}
