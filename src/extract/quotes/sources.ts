// The chain of sources around a quote: the outlet it was given to ("told Izvestia", "stating to the
// Russian newspaper Izvestia", "in an interview with X") and the outlets that relayed it ("as noted
// by Reuters", "Reuters reported", "according to Reuters" when someone else is the speaker).
import type { Entity, Span } from '../../types';
import type { EntityIndex } from '../../resolve/entity-index';
import type { QuoteLexicon } from './lexicon';
import { matchesPhrase, tokenize, type Token } from './tokens';

export interface SourceChain {
  givenTo: string | null;
  relayedBy: string[];
}

const WINDOW = 8;
const BREAK = new Set(['.', ',', ';', ':', '!', '?', '"', '\u201c', '\u201d', '(', ')']);

/**
 * Reads the clause around a quote (`region`, in text whose quoted words are masked out) for venue
 * and relay cues. Only outlets become sources: a person "told" is an addressee, not a venue.
 */
export function findSourceChain(masked: string, region: Span, speaker: string | null, index: EntityIndex, lex: QuoteLexicon): SourceChain {
  const tokens = tokenize(masked, region.start, region.end);
  let givenTo: string | null = null;
  const relayedBy: string[] = [];
  const addRelay = (key: string) => {
    if (key !== speaker && key !== givenTo && !relayedBy.includes(key)) relayedBy.push(key);
  };
  for (let i = 0; i < tokens.length; i++) {
    const venue = lex.venueCues.find((p) => matchesPhrase(tokens, i, p));
    if (venue && !givenTo) {
      const outlet = outletAfter(tokens, i + venue.length, index, lex);
      if (outlet && outlet.key !== speaker) givenTo = outlet.key;
    }
    const relay = lex.relayCues.find((p) => matchesPhrase(tokens, i, p));
    if (relay) {
      const outlet = outletAfter(tokens, i + relay.length, index, lex);
      // "according to X" names the speaker unless someone else is quoted and X is an outlet.
      const isAccording = relay.join(' ') === 'according to';
      if (outlet && (!isAccording || (speaker !== null && outlet.type === 'MediaOutlet'))) addRelay(outlet.key);
    }
    if (lex.relayVerbs.has(tokens[i].lower) && i > 0) {
      const outlet = index.at({ start: tokens[i - 1].start, end: tokens[i - 1].end });
      if (outlet && outlet.type === 'MediaOutlet' && outlet.key !== speaker) addRelay(outlet.key);
    }
  }
  return { givenTo, relayedBy: relayedBy.filter((k) => k !== givenTo) };
}

/** The first outlet named in the few words after a cue: a MediaOutlet, or an organisation introduced as a newspaper, agency... */
function outletAfter(tokens: Token[], from: number, index: EntityIndex, lex: QuoteLexicon): Entity | null {
  let end = from;
  while (end < tokens.length && end < from + WINDOW && !BREAK.has(tokens[end].text)) end++;
  if (end === from) return null;
  const window = { start: tokens[from].start, end: tokens[end - 1].end };
  const introducedAsOutlet = tokens.slice(from, end).some((t) => lex.venueNouns.has(t.lower));
  for (const hit of index.mentionsIn(window)) {
    const e = hit.entity;
    if (e.type === 'MediaOutlet' || (introducedAsOutlet && e.type === 'Organization')) return e;
  }
  return null;
}
