// Rules that attach arguments to an event mention from the text around it. Each rule reads one
// kind of cue (see data/events/cues.json) and records its id on the mention.
//
//   organizer   "X held / hosted / convened a meeting", "a summit held by X"
//   participant "X attends / takes part in a summit", "X agreed to ... during talks",
//               "talks with X", "U.S.-Russia talks", a headline's "X on <event>"
//   mediator    "talks with U.S. mediators", "talks mediated by X"
//   location    "talks in Saudi Arabia" (a Place or Country right after in/at)
//   concerns    "a summit focused on peace and security in Ukraine", "a meeting about X"
//   reportedBy  "..., The Telegraph reported", "according to Reuters"
//   date        a date in the mention's clause, else the only date of its sentence
import type { EntityType, ParticipantRole } from '../../types';
import type { EntityIndex } from '../../resolve/entity-index';
import { eventData, phrases } from './data';
import { addParticipant, type EventMention } from './mention';
import type { EntityHit, Segment } from './segment';

const PARTICIPANT_TYPES: EntityType[] = ['Person', 'Country', 'Organization'];
const PLACE_TYPES: EntityType[] = ['Place', 'Country'];

// Punctuation that ends a clause; the full stop only where it ends a sentence, not in "U.S.".
const PUNCTUATION = `[,;:!?\\u201c\\u201d"()\\u2014\\u2013]|(?<!\\b[A-Z])\\.(?=\\s|$)`;

let compiled: ReturnType<typeof compile> | undefined;
function compile() {
  const c = eventData().cues;
  const words = (list: string[]) => `(?:${phrases(list)})`;
  return {
    organizerBefore: new RegExp(`(?<![\\w-])(${phrases(c.organizerVerbs)})\\s+$`, 'i'),
    organizerAfter: new RegExp(`^\\s*,?\\s*(?:which\\s+was\\s+|that\\s+was\\s+|was\\s+|were\\s+|being\\s+)?(${phrases(c.organizerVerbs)})\\s+by\\s+`, 'i'),
    participantBefore: new RegExp(`(?<![\\w-])(${phrases(c.participantVerbs)})\\s+$`, 'i'),
    attendanceBefore: new RegExp(`(?<![\\w-])${words(c.attendancePrepositions)}\\s+$`, 'i'),
    withAfter: new RegExp(`(?<![\\w-])(${phrases(c.withWords)})\\s+`, 'gi'),
    mediatorNounAfter: new RegExp(`^['\u2019s]*\\s*${words(c.mediatorNouns)}\\b`, 'i'),
    mediatorVerbAfter: new RegExp(`(?<![\\w-])${words(c.mediatorVerbs)}\\s+`, 'gi'),
    concern: new RegExp(`(?<![\\w-])${words(c.concernWords)}\\s+`, 'gi'),
    location: new RegExp(`(?<![\\w-])${words(c.locationWords)}\\s+(?:the\\s+)?`, 'gi'),
    reportAfter: new RegExp(`^\\s*(?:${phrases(c.reportVerbs)})\\b`, 'i'),
    reportBefore: new RegExp(`(?:${phrases(c.reportedByCues)})\\s+$`, 'i'),
    clauseBreak: new RegExp(`${PUNCTUATION}|\\s(?:${phrases(c.clauseBreaks)})\\s`, 'i'),
    // A phrase that an argument lists (after "with", "about"...) ends at punctuation or a new preposition.
    phraseEnd: new RegExp(`${PUNCTUATION}|\\s(?:${phrases(c.clauseBreaks)}|by|from|to|for|at|on|with|about|over|during)\\s`, 'i'),
    headlineOn: new RegExp(`^\\s*(?:${phrases(c.headlineOn)})\\s+$`, 'i'),
    hostVerbs: new Set(c.hostVerbs.map((v) => v.toLowerCase())),
    outletKinds: new Set(c.outletKinds),
  };
}
const cues = () => (compiled ??= compile());

/** End of the stretch after the mention that its arguments may come from: the next clause break. */
function windowEnd(seg: Segment, from: number): number {
  const rest = seg.text.slice(from, seg.end);
  const m = cues().clauseBreak.exec(rest);
  return m ? from + m.index : seg.end;
}

function phraseEnd(seg: Segment, from: number, limit: number): number {
  const m = cues().phraseEnd.exec(seg.text.slice(from, limit));
  return m ? from + m.index : limit;
}

const hitsIn = (seg: Segment, start: number, end: number) => seg.hits.filter((h) => h.start >= start && h.end <= end);
const isParticipantType = (h: EntityHit) => PARTICIPANT_TYPES.includes(h.entity.type);

/**
 * The grammatical subject before a verb: the nearest participant-type entity before it with
 * nothing between but a short, unpunctuated stretch ("Ukraine agreed to"), an appositive, or a
 * pronoun that points back to it ("Macron attends a call as he takes part in").
 */
export function subjectBefore(seg: Segment, at: number): EntityHit | undefined {
  const before = seg.hits.filter((h) => h.end <= at && isParticipantType(h));
  const nearest = before[before.length - 1];
  if (!nearest) return undefined;
  const between = seg.text.slice(nearest.end, at);
  const pronoun = /\b(?:as|and|while|when|after|before|because|since|where)\s+(he|she|they|it)\s+(?:\w+\s+){0,2}$/i.exec(between);
  if (pronoun) {
    const wantPerson = /^(?:he|she)$/i.test(pronoun[1]);
    const ref = [...before].reverse().find((h) => (h.entity.type === 'Person') === wantPerson);
    return ref && !/[.;!?]/.test(seg.text.slice(ref.end, at)) ? ref : undefined;
  }
  const clean = between.replace(/^['\u2019]s\b/, '').replace(/,[^,.;:]{1,60},/, ' ');
  if (clean.length > 40 || cues().clauseBreak.test(` ${clean} `)) return undefined;
  return nearest;
}

/** The entity a phrase starting at `at` names: its first entity, if nothing but a few lower-case words stand before it. */
export function entityAt(seg: Segment, at: number, limit: number): EntityHit | undefined {
  const first = seg.hits.find((h) => h.start >= at && h.end <= limit);
  if (!first) return undefined;
  return /^(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$/.test(seg.text.slice(at, first.start)) ? first : undefined;
}

/**
 * A person described by title: "Britain's prime minister", "the British prime minister" ->
 * the person whose role in this article has that title and that country or organization.
 */
function personByTitle(seg: Segment, hit: EntityHit, index: EntityIndex): EntityHit | undefined {
  if (hit.entity.type === 'Person') return hit;
  const after = seg.text.slice(hit.end, hit.end + 60).replace(/^['\u2019]s/, '').trimStart().toLowerCase();
  const role = index.roles.find((r) => r.of === hit.entity.key && r.title && after.startsWith(r.title.toLowerCase()));
  const person = role ? index.byKey(role.person) : undefined;
  return person ? { entity: person, start: hit.start, end: hit.end } : hit;
}

function isOutlet(h: EntityHit): boolean {
  return h.entity.type === 'MediaOutlet' || (h.entity.type === 'Organization' && cues().outletKinds.has(h.entity.kind ?? ''));
}

export function attachArguments(m: EventMention, index: EntityIndex): void {
  const seg = m.segment;
  const c = cues();
  const lead = seg.text.slice(seg.start, m.start);
  const end = windowEnd(seg, m.end);

  // organizer: "X held a meeting"
  const org = c.organizerBefore.exec(lead);
  if (org) {
    const subject = subjectBefore(seg, m.start - org[0].length);
    if (subject) {
      const role: ParticipantRole = c.hostVerbs.has(org[1].toLowerCase()) && subject.entity.type === 'Country' ? 'host' : 'organizer';
      addParticipant(m, subject.entity.key, role);
      m.rules.push('organizer-subject');
    }
  }
  // organizer: "a summit held by X"
  const by = c.organizerAfter.exec(seg.text.slice(m.end, seg.end));
  if (by) {
    const at = m.end + by[0].length;
    const hit = entityAt(seg, at, phraseEnd(seg, at, seg.end));
    const who = hit && personByTitle(seg, hit, index);
    if (who && PARTICIPANT_TYPES.includes(who.entity.type)) {
      const role: ParticipantRole = c.hostVerbs.has(by[1].toLowerCase()) && who.entity.type === 'Country' ? 'host' : 'organizer';
      addParticipant(m, who.entity.key, role);
      m.rules.push('organizer-by');
    }
  }
  // participant: "X takes part in a summit", "X agreed to during talks"
  const part = c.participantBefore.exec(lead) ?? c.attendanceBefore.exec(lead);
  if (part) {
    const verbAt = m.start - part[0].length;
    const subject = subjectBefore(seg, verbAt);
    if (subject) {
      addParticipant(m, subject.entity.key, 'participant');
      m.rules.push('participant-subject');
    }
  }
  // participant: a headline's speaker, "Macron on virtual meeting"
  if (seg.origin === 'video-title') {
    const speaker = [...seg.hits].reverse().find((h) => h.end <= m.start && isParticipantType(h) && c.headlineOn.test(seg.text.slice(h.end, m.start)));
    if (speaker) {
      addParticipant(m, speaker.entity.key, 'participant');
      m.rules.push('participant-headline');
    }
  }
  // participants named inside the noun phrase: "U.S.-Russia talks", "the Paris summit"
  for (const h of hitsIn(seg, m.start, m.triggerStart)) {
    if (h.entity.type === 'Place') m.location ??= h.entity.key;
    else if (isParticipantType(h)) addParticipant(m, h.entity.key, 'participant');
  }
  const windowText = seg.text.slice(m.end, end);
  // participant / mediator: "talks with U.S. mediators", "a meeting between X and Y"
  for (const w of windowText.matchAll(c.withAfter)) {
    const from = m.end + (w.index ?? 0) + w[0].length;
    const to = phraseEnd(seg, from, end);
    // "talks with U.S. mediators in Saudi Arabia": what follows in/at is the place, not a participant.
    const placed = (h: EntityHit) => /\b(?:in|at|inside)\s+(?:the\s+)?$/i.test(seg.text.slice(from, h.start));
    for (const h of hitsIn(seg, from, to).filter((x) => isParticipantType(x) && !placed(x))) {
      const mediator = c.mediatorNounAfter.test(seg.text.slice(h.end, to));
      addParticipant(m, h.entity.key, mediator ? 'mediator' : 'participant');
      m.rules.push(mediator ? 'mediator-noun' : 'participant-with');
    }
  }
  for (const w of windowText.matchAll(c.mediatorVerbAfter)) {
    const from = m.end + (w.index ?? 0) + w[0].length;
    const hit = entityAt(seg, from, phraseEnd(seg, from, seg.end));
    if (hit && isParticipantType(hit)) {
      addParticipant(m, hit.entity.key, 'mediator');
      m.rules.push('mediator-verb');
    }
  }
  // concerns: "focused on peace and security in Ukraine", "about Ukraine peacekeeping"
  const concernSpans: { start: number; end: number }[] = [];
  for (const w of windowText.matchAll(c.concern)) {
    const from = m.end + (w.index ?? 0) + w[0].length;
    if (seg.dates.some((d) => d.start === from || (d.start >= from && d.start <= from + 4))) continue; // "on Saturday"
    const to = phraseEnd(seg, from, end);
    // "focused on peace and security in Ukraine": the phrase runs on through "in"/"of".
    const phrase = hitsIn(seg, from, to).filter((h) => !isOutlet(h));
    for (const h of phrase) if (!m.participants.has(h.entity.key)) m.concerns.add(h.entity.key);
    if (phrase.length) {
      concernSpans.push({ start: from, end: to });
      m.rules.push('concerns');
    }
  }
  // location: "talks in Saudi Arabia" (not inside a concerns phrase)
  if (!m.location) {
    for (const w of windowText.matchAll(c.location)) {
      const from = m.end + (w.index ?? 0) + w[0].length;
      if (concernSpans.some((s) => from >= s.start && from <= s.end)) continue;
      const hit = seg.hits.find((h) => h.start === from);
      if (hit && PLACE_TYPES.includes(hit.entity.type)) {
        m.location = hit.entity.key;
        m.rules.push('location');
        break;
      }
    }
  }
  // reportedBy: "..., The Telegraph reported." / "according to Reuters"
  for (const h of seg.hits.filter(isOutlet)) {
    if (c.reportAfter.test(seg.text.slice(h.end, seg.end)) || c.reportBefore.test(seg.text.slice(seg.start, h.start))) {
      m.reportedBy.add(h.entity.key);
      m.rules.push('reported-by');
    }
  }
  // date: in the mention's window, else in the clause before it, else the sentence's only date.
  const inWindow = seg.dates.find((d) => d.start >= m.end && d.end <= end);
  const clauseStart = (() => {
    const lead2 = seg.text.slice(seg.start, m.start);
    let at = seg.start;
    for (const x of lead2.matchAll(/[;:\u201c\u201d"]|\s(?:that|which|who|while|but)\s/g)) at = seg.start + (x.index ?? 0) + x[0].length;
    return at;
  })();
  const before = seg.dates.filter((d) => d.start >= clauseStart && d.end <= m.start).pop();
  m.date = inWindow ?? before ?? (seg.dates.length === 1 ? seg.dates[0] : null);
  m.dateFromSentence = !inWindow && !before && m.date !== null;
  if (m.date) m.rules.push('date');
}
