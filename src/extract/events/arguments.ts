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
import type { EntityType, ParticipantRole, Span } from '../../types';
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
    // Where the clause holding a mention begins (a date before it must be in the same clause).
    // ", and" joins two clauses ("who was arrested in May, and promised to hold a referendum").
    clauseStart: new RegExp(`[;:\\u201c\\u201d"]|,\\s+and\\s|\\s(?:${phrases(c.clauseBreaks)})\\s`, 'gi'),
    verbAndObject: /^\s*(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|es|s)\s+(?:his|her|its|their|the|a|an|our)\s/,
    durativeTypes: new Set(c.durativeTypes),
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

/** What every argument rule reads: the mention, its segment and the stretch after it. */
interface ArgumentContext {
  m: EventMention;
  seg: Segment;
  index: EntityIndex;
  /** Text of the segment before the mention. */
  lead: string;
  /** End of the argument window after the mention (the next clause break). */
  end: number;
  windowText: string;
  /** Spans of concern phrases already read: "in Ukraine" inside one is not the location. */
  concernSpans: Span[];
}

export interface ArgumentRule {
  id: string;
  attach(ctx: ArgumentContext): void;
}

const organizerRole = (verb: string, type: EntityType): ParticipantRole =>
  cues().hostVerbs.has(verb.toLowerCase()) && type === 'Country' ? 'host' : 'organizer';

/** "X held / hosted / convened a meeting" */
const organizerSubject: ArgumentRule = {
  id: 'organizer-subject',
  attach({ m, seg, lead }) {
    const org = cues().organizerBefore.exec(lead);
    const subject = org && subjectBefore(seg, m.start - org[0].length);
    if (!org || !subject) return;
    addParticipant(m, subject.entity.key, organizerRole(org[1], subject.entity.type));
    m.rules.push(this.id);
  },
};

/** "a summit held by Britain's prime minister" */
const organizerBy: ArgumentRule = {
  id: 'organizer-by',
  attach({ m, seg, index }) {
    const by = cues().organizerAfter.exec(seg.text.slice(m.end, seg.end));
    if (!by) return;
    const at = m.end + by[0].length;
    const hit = entityAt(seg, at, phraseEnd(seg, at, seg.end));
    const who = hit && personByTitle(seg, hit, index);
    if (!who || !PARTICIPANT_TYPES.includes(who.entity.type)) return;
    addParticipant(m, who.entity.key, organizerRole(by[1], who.entity.type));
    m.rules.push(this.id);
  },
};

/** "X takes part in a summit", "X agreed to during talks" */
const participantSubject: ArgumentRule = {
  id: 'participant-subject',
  attach({ m, seg, lead }) {
    const part = cues().participantBefore.exec(lead) ?? cues().attendanceBefore.exec(lead);
    const subject = part && subjectBefore(seg, m.start - part[0].length);
    if (!subject) return;
    addParticipant(m, subject.entity.key, 'participant');
    m.rules.push(this.id);
  },
};

/** A headline's speaker: "Macron on virtual meeting with Starmer" */
const participantHeadline: ArgumentRule = {
  id: 'participant-headline',
  attach({ m, seg }) {
    if (seg.origin !== 'video-title') return;
    const speaker = [...seg.hits].reverse()
      .find((h) => h.end <= m.start && isParticipantType(h) && cues().headlineOn.test(seg.text.slice(h.end, m.start)));
    if (!speaker) return;
    addParticipant(m, speaker.entity.key, 'participant');
    m.rules.push(this.id);
  },
};

/** Entities named inside the noun phrase: "the U.S.-Russian talks", "the Paris summit" */
const namedInPhrase: ArgumentRule = {
  id: 'named-in-phrase',
  attach({ m, seg }) {
    for (const h of hitsIn(seg, m.start, m.triggerStart)) {
      if (h.entity.type === 'Place' && !m.location) {
        m.location = h.entity.key;
        m.locationName = h.entity.name;
      } else if (isParticipantType(h)) {
        addParticipant(m, h.entity.key, 'participant');
      } else continue;
      m.rules.push(this.id);
    }
  },
};

/** "talks with U.S. mediators", "a meeting between X and Y" */
const participantWith: ArgumentRule = {
  id: 'participant-with',
  attach({ m, seg, end, windowText }) {
    for (const w of windowText.matchAll(cues().withAfter)) {
      const from = m.end + (w.index ?? 0) + w[0].length;
      const to = phraseEnd(seg, from, end);
      // "talks with U.S. mediators in Saudi Arabia": what follows in/at is the place, not a participant.
      const placed = (h: EntityHit) => /\b(?:in|at|inside)\s+(?:the\s+)?$/i.test(seg.text.slice(from, h.start));
      for (const h of hitsIn(seg, from, to).filter((x) => isParticipantType(x) && !placed(x))) {
        const mediator = cues().mediatorNounAfter.test(seg.text.slice(h.end, to));
        addParticipant(m, h.entity.key, mediator ? 'mediator' : 'participant');
        m.rules.push(mediator ? 'mediator-noun' : this.id);
      }
    }
  },
};

/** "talks mediated / brokered by Qatar" */
const mediatorBy: ArgumentRule = {
  id: 'mediator-by',
  attach({ m, seg, windowText }) {
    for (const w of windowText.matchAll(cues().mediatorVerbAfter)) {
      const from = m.end + (w.index ?? 0) + w[0].length;
      const hit = entityAt(seg, from, phraseEnd(seg, from, seg.end));
      if (!hit || !isParticipantType(hit)) continue;
      addParticipant(m, hit.entity.key, 'mediator');
      m.rules.push(this.id);
    }
  },
};

/** "a summit focused on peace and security in Ukraine", "a meeting about Ukraine" */
const concerns: ArgumentRule = {
  id: 'concerns',
  attach({ m, seg, end, windowText, concernSpans }) {
    for (const w of windowText.matchAll(cues().concern)) {
      const from = m.end + (w.index ?? 0) + w[0].length;
      if (seg.dates.some((d) => d.start >= from && d.start <= from + 4)) continue; // "on Saturday"
      const to = phraseEnd(seg, from, end);
      // The phrase runs on through "in"/"of": "peace and security in Ukraine".
      const phrase = hitsIn(seg, from, to).filter((h) => !isOutlet(h));
      for (const h of phrase) if (!m.participants.has(h.entity.key)) m.concerns.add(h.entity.key);
      if (!phrase.length) continue;
      concernSpans.push({ start: from, end: to });
      m.rules.push(this.id);
    }
  },
};

/** "talks in Saudi Arabia", "a visit to Ireland" (not inside a concerns phrase) */
const location: ArgumentRule = {
  id: 'location',
  attach({ m, seg, windowText, concernSpans }) {
    if (m.location) return;
    const destination = eventData().cues.destinationWords[m.type];
    const where = destination
      ? new RegExp(`${cues().location.source}|(?<![\\w-])(?:${phrases(destination)})\\s+(?:the\\s+)?`, 'gi')
      : cues().location;
    for (const w of windowText.matchAll(where)) {
      const from = m.end + (w.index ?? 0) + w[0].length;
      if (concernSpans.some((s) => from >= s.start && from <= s.end)) continue;
      const hit = seg.hits.find((h) => h.start === from);
      if (!hit || !PLACE_TYPES.includes(hit.entity.type)) continue;
      m.location = hit.entity.key;
      m.locationName = hit.entity.name;
      m.rules.push(this.id);
      return;
    }
  },
};

/** "..., The Telegraph reported." / "according to Reuters" / "as noted by Reuters" */
const reportedBy: ArgumentRule = {
  id: 'reported-by',
  attach({ m, seg }) {
    for (const h of seg.hits.filter(isOutlet)) {
      if (cues().reportAfter.test(seg.text.slice(h.end, seg.end)) || cues().reportBefore.test(seg.text.slice(seg.start, h.start))) {
        m.reportedBy.add(h.entity.key);
        m.rules.push(this.id);
      }
    }
  },
};

/**
 * A date inside the mention's own phrase ("the 2020 presidential election", "the December 31
 * attack"), else in its window, else earlier in its clause, else the sentence's only day or week.
 */
const date: ArgumentRule = {
  id: 'date',
  attach({ m, seg, end, lead }) {
    const inPhrase = seg.dates.find((d) => d.start >= m.start && d.end <= m.triggerStart);
    // "The statement ascribed his death to a stroke on Monday": past a verb and its object, the
    // date belongs to what the verb says, not to the mention before it.
    const inWindow = seg.dates.find((d) => d.start >= m.end && d.end <= end
      && !cues().verbAndObject.test(seg.text.slice(m.end, d.start)));
    let clauseStart = seg.start;
    for (const x of lead.matchAll(cues().clauseStart)) clauseStart = seg.start + (x.index ?? 0) + x[0].length;
    // A long-running event takes no date from the rest of its sentence ("asked about the war in
    // Afghanistan at a debate held October 8"): only from its phrase or right after it.
    const durative = cues().durativeTypes.has(m.type);
    const before = durative ? [] : seg.dates.filter((d) => d.start >= clauseStart && d.end <= m.start);
    // The sentence's only date, unless a quotation stands between it and the mention (days and
    // weeks only: a bare year elsewhere in the sentence usually dates something else).
    const only = seg.dates.length === 1 && ['day', 'week'].includes(seg.dates[0].grain) && !durative ? seg.dates[0] : null;
    const quoted = only && /[\u201c\u201d"]/.test(seg.text.slice(Math.min(only.end, m.end), Math.max(only.start, m.start)));
    if (inPhrase) [m.date, m.dateHow] = [inPhrase, 'phrase'];
    else if (inWindow) [m.date, m.dateHow] = [inWindow, 'window'];
    else if (before.length) [m.date, m.dateHow, m.datesBefore] = [before[before.length - 1], 'before', before];
    else if (only && !quoted) [m.date, m.dateHow] = [only, 'sentence'];
    m.dateFromSentence = m.dateHow === 'sentence';
    if (m.date) m.rules.push(this.id);
  },
};

/**
 * A date taken from earlier in the clause that another mention holds in its own phrase or window
 * is that mention's ("On Thursday, X, a candidate in the election to be held on August 9, held a
 * rally": August 9 is the election's). The mention then takes the nearest free date before it,
 * or none.
 */
export function releaseClaimedDates(mentions: EventMention[]): void {
  const claimed = new Set(mentions.filter((m) => m.dateHow === 'phrase' || m.dateHow === 'window').map((m) => m.date));
  for (const m of mentions) {
    if (m.dateHow !== 'before' || !claimed.has(m.date)) continue;
    const free = (m.datesBefore ?? []).filter((d) => !claimed.has(d)).pop() ?? null;
    m.date = free;
    if (!free) {
      m.dateHow = undefined;
      m.rules = m.rules.filter((r) => r !== 'date');
    }
  }
}

/** In order: concerns before location, so that a place inside a concern phrase is not the venue. */
export const ARGUMENT_RULES: ArgumentRule[] = [
  organizerSubject, organizerBy, participantSubject, participantHeadline, namedInPhrase, participantWith, mediatorBy,
  concerns, location, reportedBy, date,
];

export function attachArguments(m: EventMention, index: EntityIndex): void {
  const seg = m.segment;
  const end = windowEnd(seg, m.end);
  const ctx: ArgumentContext = {
    m, seg, index, end,
    lead: seg.text.slice(seg.start, m.start),
    windowText: seg.text.slice(m.end, end),
    concernSpans: [],
  };
  for (const rule of ARGUMENT_RULES) rule.attach(ctx);
}
