// In-article event coreference: the mentions of one article that describe the same event
// (a paragraph's "virtual meeting", a caption's "virtual summit", a video title) become one
// EventRecord. Two mentions corefer when their types are compatible (same group in
// data/events/triggers.json), their dates overlap (or one is undated), and they share a
// participant, a concern, a place, or the same stated day.
import type { DateMention, EventRecord, Mention, ParticipantRole } from '../types';
import { eventKey, normaliseForHash } from '../keys';
import { parseIsoDay, weekPeriod } from '../extract/dates/calendar';
import { compatibleTypes, eventData, phrases, typeGroup } from '../extract/events/data';
import { addParticipant, type EventMention } from '../extract/events/mention';

interface Cluster {
  mentions: EventMention[];
  date: DateMention | null;
  participants: Map<string, ParticipantRole>;
  location: string | null;
  concerns: Set<string>;
  reportedBy: Set<string>;
  partOf: Set<Cluster>;
}

const GRAIN_ORDER = ['day', 'week', 'month', 'quarter', 'season', 'year'];

export function datesOverlap(a: { startDate: string; endDate: string } | null, b: { startDate: string; endDate: string } | null): boolean {
  return !a || !b || (a.startDate <= b.endDate && b.startDate <= a.endDate);
}

/** A stated date beats a relative one; a finer grain beats a coarser one. */
export function betterDate<T extends { relative?: boolean; grain: string } | null>(a: T, b: T): T {
  if (!a) return b;
  if (!b) return a;
  if (a.relative !== b.relative) return a.relative ? b : a;
  return GRAIN_ORDER.indexOf(b.grain) < GRAIN_ORDER.indexOf(a.grain) ? b : a;
}

const intersects = <T>(a: Iterable<T>, b: Set<T> | Map<T, unknown>) => [...a].some((x) => b.has(x));

/** How strongly a mention matches a cluster (0: not the same event). */
function affinity(c: Cluster, m: EventMention, apart: (a: EventMention, b: EventMention) => boolean): number {
  if (!c.mentions.some((x) => compatibleTypes(x.type, m.type))) return 0;
  if (c.mentions.some((x) => apart(x, m))) return 0;
  if (!datesOverlap(c.date, m.date)) return 0;
  // Two people each telling one outlet something are two interviews, not one with two speakers.
  const speakers = (p: Map<string, ParticipantRole>) => [...p].filter(([, role]) => role === 'speaker').map(([k]) => k);
  const mine = speakers(m.participants);
  const theirs = speakers(c.participants);
  if (mine.length && theirs.length && !mine.some((k) => theirs.includes(k))) return 0;
  let score = 0;
  if (intersects(m.participants.keys(), c.participants)) score += 2;
  if (intersects(m.concerns, c.concerns)) score += 1;
  if (m.location && m.location === c.location) score += 1;
  if (m.date && c.date && m.date.grain === 'day' && c.date.grain === 'day' && m.date.startDate === c.date.startDate) score += 2;
  return score;
}

function absorb(c: Cluster, m: EventMention): void {
  c.mentions.push(m);
  c.date = betterDate(c.date, m.date);
  for (const [k, role] of m.participants) addParticipant(c, k, role);
  c.location ??= m.location;
  for (const k of m.concerns) c.concerns.add(k);
  for (const k of m.reportedBy) c.reportedBy.add(k);
}

/** The type most mentions use; on a tie, the one listed first in its group. */
export function majorityType(types: string[]): string {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || typeGroup(a[0]).indexOf(a[0]) - typeGroup(b[0]).indexOf(b[0]))[0][0];
}

/** Participants that identify an event (mediators and targets do not), plus its place. */
export function coreOf(e: Pick<EventRecord, 'participants' | 'location'>): string[] {
  const core = e.participants.filter((p) => p.role !== 'mediator' && p.role !== 'target').map((p) => p.entity);
  return e.location ? [...core, e.location] : core;
}

/**
 * What an event's key is made of besides its type and date: its core participants and place, and,
 * for an undated event with fewer than two of those, its label too. Keys are computed in each
 * article alone, so without the label every undated "agreement" of the European Union in any
 * article ("the EU treaty clause", "a pact with Mercosur") would be one node, whereas events
 * across articles merge undated only with two shared participants (events-across.ts).
 */
export function keyParts(e: Pick<EventRecord, 'participants' | 'location' | 'dateStart' | 'label'>): string[] {
  const core = coreOf(e);
  if (e.dateStart || new Set(core).size >= 2) return core;
  return [...core, `label:${normaliseForHash(e.label)}`];
}

/** The date part of an event key: the day, or the week ("2025-W11"), month, or year it falls in. */
export function whenForKey(e: Pick<EventRecord, 'dateStart' | 'dateGrain'>): string | null {
  if (!e.dateStart) return null;
  switch (e.dateGrain) {
    case 'week':
      return weekPeriod(parseIsoDay(e.dateStart)).value;
    case 'month':
      return e.dateStart.slice(0, 7);
    case 'year':
      return e.dateStart.slice(0, 4);
    default:
      return e.dateStart;
  }
}

/** "talks, part of the negotiations": pairs [part, whole] of mentions in one sentence. */
function partOfPairs(mentions: EventMention[]): [EventMention, EventMention][] {
  const { cues, triggers } = eventData();
  const cue = new RegExp(`(?:^|[\\s,])(?:${phrases(cues.partOfCues)})\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}$`, 'i');
  const pairs: [EventMention, EventMention][] = [];
  for (const a of mentions) {
    for (const b of mentions) {
      if (a === b || a.segment !== b.segment || b.start < a.end || !(triggers.wider[a.type] ?? []).includes(b.type)) continue;
      const between = a.segment.text.slice(a.end, b.start);
      if (between.length <= 120 && cue.test(between)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * Mentions with nothing that anchors them in the world ("the root causes of the conflict") are
 * not events. A date counts only when it is tied to the mention by position, not merely the one
 * date of its sentence ("... unable to negotiate a Brexit deal" after "stepped down on July 24").
 */
export function hasEvidence(m: EventMention): boolean {
  const anchored = m.participants.size > 0 || m.location !== null || (m.date !== null && !m.dateFromSentence);
  // A hypothetical mention needs a date of its own (in its phrase or right after it): "we have to
  // organise some talks" is not dated by "from 1st to 10th of March we have to celebrate" before it.
  const ownDate = m.date !== null && (m.dateHow === undefined || m.dateHow === 'phrase' || m.dateHow === 'window');
  return anchored && (!m.generic || ownDate);
}

function mentionOf(m: EventMention): Mention {
  if (m.segment.origin === 'video-title') return { start: -1, end: -1, text: m.segment.text };
  return { start: m.start, end: m.end, text: m.segment.text.slice(m.start, m.end) };
}

/** The first mention's label; a bare trigger gets its place ("talks" -> "talks in Saudi Arabia"). */
function labelOf(first: EventMention, c: Cluster): string {
  const place = c.mentions.find((m) => m.location === c.location && m.locationName)?.locationName;
  return place && !first.label.includes(' ') && !first.label.includes(place) ? `${first.label} in ${place}` : first.label;
}

export function mergeEventMentions(all: EventMention[]): EventRecord[] {
  // Body and captions in text order first, then video titles (which have no place in the text).
  const ordered = [...all].sort((a, b) => Number(a.segment.origin === 'video-title') - Number(b.segment.origin === 'video-title') || a.start - b.start);
  // A part and its whole are two events, whatever else they share.
  const pairs = partOfPairs(ordered);
  const apart = (a: EventMention, b: EventMention) => pairs.some(([p, w]) => (p === a && w === b) || (p === b && w === a));
  const clusters: Cluster[] = [];
  const clusterOf = new Map<EventMention, Cluster>();
  // A whole named by a part ("part of the negotiations") is anchored by it.
  const wholes = new Set(pairs.map(([, w]) => w));
  for (const m of ordered.filter((x) => hasEvidence(x) || wholes.has(x))) {
    let best: Cluster | undefined;
    let bestScore = 0;
    for (const c of clusters) {
      const s = affinity(c, m, apart);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (!best) {
      best = { mentions: [], date: null, participants: new Map(), location: null, concerns: new Set(), reportedBy: new Set(), partOf: new Set() };
      clusters.push(best);
    }
    absorb(best, m);
    clusterOf.set(m, best);
  }
  for (const [part, whole] of pairs) {
    const cp = clusterOf.get(part);
    const cw = clusterOf.get(whole);
    if (cp && cw && cp !== cw) cp.partOf.add(cw);
  }

  const records = new Map<Cluster, EventRecord>();
  for (const c of clusters) {
    const type = majorityType(c.mentions.map((m) => m.type));
    const first = c.mentions.find((m) => m.type === type) ?? c.mentions[0];
    const participants = [...c.participants].map(([entity, role]) => ({ entity, role }));
    for (const k of participants) c.concerns.delete(k.entity);
    const record: EventRecord = {
      key: '',
      type,
      label: labelOf(first, c),
      dateStart: c.date?.startDate ?? null,
      dateEnd: c.date?.endDate ?? null,
      dateGrain: c.date?.grain ?? null,
      participants,
      location: c.location,
      concerns: [...c.concerns],
      reportedBy: [...c.reportedBy],
      partOf: [],
      mentions: c.mentions.map(mentionOf),
    };
    const body = c.mentions.find((m) => m.segment.origin !== 'video-title');
    if (body) record.summary = body.segment.text.slice(body.segment.start, body.segment.end).trim();
    record.key = eventKey(type, whenForKey(record), keyParts(record));
    records.set(c, record);
  }
  for (const [c, r] of records) r.partOf = [...c.partOf].map((p) => records.get(p)!.key);
  return [...records.values()];
}
