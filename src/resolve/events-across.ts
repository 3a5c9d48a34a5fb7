// Events merged across the articles of a batch: reports of one event by several outlets (or
// several copies of one story) get the same key, so the graph holds one Event with several
// sources. Two events are the same when their types are compatible, their dates overlap (both
// dated, or both undated with two shared participants), and they share a core participant or
// their place. Each article keeps its own record (its own evidence); only key, type and date
// are made common, and PART_OF links follow the new keys.
import type { EventRecord, Extraction } from '../types';
import { eventKey } from '../keys';
import { compatibleTypes } from '../extract/events/data';
import { coreOf, datesOverlap, majorityType, whenForKey } from './events';

interface Ref {
  article: number;
  event: EventRecord;
}

const range = (e: EventRecord) => (e.dateStart ? { startDate: e.dateStart, endDate: e.dateEnd ?? e.dateStart } : null);
const GRAIN_ORDER = ['day', 'week', 'month', 'quarter', 'season', 'year'];

export function sameEvent(a: EventRecord, b: EventRecord): boolean {
  if (!compatibleTypes(a.type, b.type)) return false;
  const coreA = new Set(coreOf(a));
  const shared = coreOf(b).filter((k) => coreA.has(k)).length;
  const samePlace = a.location !== null && a.location === b.location;
  if (a.dateStart && b.dateStart) return datesOverlap(range(a), range(b)) && (shared > 0 || samePlace);
  if (!a.dateStart && !b.dateStart) return shared >= 2;
  return false;
}

export function mergeEventsAcrossArticles(extractions: Extraction[]): Extraction[] {
  const refs: Ref[] = extractions.flatMap((x, article) => x.events.map((event) => ({ article, event })));
  // Union-find over events of different articles.
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Only events sharing a core participant or place can be the same (sameEvent requires it), so
  // candidates are compared within the block of each core key, not all pairs of the batch.
  const blocks = new Map<string, number[]>();
  refs.forEach((r, i) => {
    for (const k of new Set(coreOf(r.event))) blocks.set(k, [...(blocks.get(k) ?? []), i]);
  });
  const compared = new Set<string>();
  for (const block of blocks.values()) {
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const [i, j] = [block[x], block[y]];
        if (refs[i].article === refs[j].article || compared.has(`${i}:${j}`)) continue;
        compared.add(`${i}:${j}`);
        if (sameEvent(refs[i].event, refs[j].event)) parent[find(j)] = find(i);
      }
    }
  }
  const groups = new Map<number, Ref[]>();
  refs.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));

  const renamed: Map<string, string>[] = extractions.map(() => new Map());
  for (const members of groups.values()) {
    if (new Set(members.map((m) => m.article)).size < 2) continue;
    const events = members.map((m) => m.event);
    const type = majorityType(events.map((e) => e.type));
    // The most precise date any report gives.
    const dated = events.filter((e) => e.dateStart).sort((a, b) => GRAIN_ORDER.indexOf(a.dateGrain ?? 'year') - GRAIN_ORDER.indexOf(b.dateGrain ?? 'year'));
    const best = dated[0];
    const core = [...new Set(events.flatMap(coreOf))];
    const key = eventKey(type, best ? whenForKey(best) : null, core);
    for (const m of members) {
      renamed[m.article].set(m.event.key, key);
      m.event.key = key;
      m.event.type = type;
      if (best) {
        m.event.dateStart = best.dateStart;
        m.event.dateEnd = best.dateEnd;
        m.event.dateGrain = best.dateGrain;
      }
    }
  }
  extractions.forEach((x, i) => {
    for (const e of x.events) e.partOf = e.partOf.map((k) => renamed[i].get(k) ?? k);
  });
  return extractions;
}
