// Event mentions: a trigger noun ("meeting", "talks", "summit") with the determiner and
// modifiers before it ("a virtual meeting"), or a reporting verb ("X met Y"). Arguments are
// attached afterwards by the rules in arguments.ts.
import type { DateMention, ParticipantRole } from '../../types';
import { eventData, phrases } from './data';
import type { Segment } from './segment';

export interface EventMention {
  type: string;
  /** The trigger as written ("summit"). */
  trigger: string;
  /** Short label: modifiers and trigger, without the determiner ("virtual summit"). */
  label: string;
  /** The noun phrase (or verb) in segment.text coordinates. */
  start: number;
  end: number;
  /** Where the trigger word itself is. */
  triggerStart: number;
  triggerEnd: number;
  segment: Segment;
  /** Introduced by "any", "no", "potential"...: a hypothetical event unless something dates it. */
  generic: boolean;
  date: DateMention | null;
  /** The date is only the one date of the sentence, not tied to the mention by position. */
  dateFromSentence: boolean;
  /** Where the date was found: in the phrase, in the window after it, earlier in the clause, or the sentence's only one. */
  dateHow?: 'phrase' | 'window' | 'before' | 'sentence';
  /** The dates earlier in the clause, nearest last (for releaseClaimedDates). */
  datesBefore?: DateMention[];
  participants: Map<string, ParticipantRole>;
  location: string | null;
  /** Name of the location as the article gives it, for the label ("talks in Saudi Arabia"). */
  locationName?: string;
  concerns: Set<string>;
  reportedBy: Set<string>;
  /** Ids of the rules that attached something, for debugging and tests. */
  rules: string[];
}

/** When one entity gets two roles, the more specific one stays. */
const ROLE_STRENGTH: Record<ParticipantRole, number> = { organizer: 5, host: 4, mediator: 3, target: 2, speaker: 1, participant: 0 };

export function addParticipant(m: { participants: Map<string, ParticipantRole> }, key: string, role: ParticipantRole): void {
  const had = m.participants.get(key);
  if (had === undefined || ROLE_STRENGTH[role] > ROLE_STRENGTH[had]) m.participants.set(key, role);
}

let compiled: { triggerRe: RegExp; headFollows: RegExp; nounFollows: RegExp; typeOfNoun: Map<string, string> } | undefined;

function triggers() {
  if (!compiled) {
    const { types } = eventData().triggers;
    const typeOfNoun = new Map<string, string>();
    for (const [type, { nouns }] of Object.entries(types)) for (const n of nouns) typeOfNoun.set(n.toLowerCase(), type);
    const nouns = phrases(typeOfNoun.keys());
    compiled = {
      typeOfNoun,
      triggerRe: new RegExp(`(?<![\\w-])(${nouns})(?![\\w-])`, 'gi'),
      // Another trigger right after: this one only modifies it.
      headFollows: new RegExp(`^\\s+(?:${nouns})(?![\\w-])`, 'i'),
      // A plain noun right after: the trigger modifies it ("meeting room", "election policy").
      nounFollows: new RegExp(`^\\s+(?:${phrases(eventData().cues.headNounsAfter)})(?![\\w-])`, 'i'),
    };
  }
  return compiled;
}

// Words that may stand between a determiner and the trigger: lower-case words, hyphenated
// compounds and numbers ("the 30-day cease-fire proposal", "a virtual meeting").
const MODIFIER = /^(?:[a-z][a-z'\u2019-]*|\d[\d-]*[a-z-]*)$/;
const DETERMINER = /^(?:a|an|the|this|that|these|those|its|his|her|their|our|any|no|some|every|each|such|another|last|next|first|second|third|new|latest|recent)$/i;
const MAX_MODIFIERS = 3;
const LY_ADJECTIVES = new Set(['early', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'biweekly', 'friendly', 'elderly', 'deadly', 'costly', 'lively', 'likely']);

/**
 * A capitalised trigger that heads an organisation's name rather than an event: after a
 * capitalised possessive plural ("the Catholic Bishops' Conference"), or followed by "of the
 * <Name>" and an acronym in brackets ("Conference of the Philippines (CBCP)").
 */
function isNameHead(seg: Segment, triggerStart: number, trigger: string, next: string): boolean {
  if (!/^\p{Lu}/u.test(trigger)) return false;
  if (/\p{Lu}[\p{L}]*s['\u2019]\s+$/u.test(seg.text.slice(Math.max(0, triggerStart - 30), triggerStart))) return true;
  return /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}\(\p{Lu}{2,}\)/u.test(`${next}${seg.text.slice(triggerStart + trigger.length + 30, triggerStart + trigger.length + 80)}`);
}

/** The noun phrases headed by a trigger in a segment. */
export function findNounMentions(seg: Segment): EventMention[] {
  const { triggerRe: re, typeOfNoun: types, headFollows, nounFollows } = triggers();
  const { genericDeterminers, notModifiers, negatingWords, verbLeads } = eventData().cues;
  const stop = new Set(notModifiers);
  const leads = new Set(verbLeads);
  const out: EventMention[] = [];
  const body = seg.text.slice(seg.start, seg.end);
  const g = new RegExp(re.source, re.flags);
  for (let m = g.exec(body); m; m = g.exec(body)) {
    const triggerStart = seg.start + m.index;
    const triggerEnd = triggerStart + m[0].length;
    // Inside an entity's name ("the Paris Agreement" is kept; "Fox News Sunday" is not an event).
    if (seg.hits.some((h) => h.start <= triggerStart && triggerEnd <= h.end)) continue;
    // Not the head of its noun phrase: a modifier of another trigger ("the cease-fire proposal")
    // or of a plain noun ("meeting room", "strike price").
    const next = seg.text.slice(triggerEnd, triggerEnd + 30);
    if (nounFollows.test(next) || headFollows.test(next)) continue;
    // ... or the first part of a hyphenated modifier ("a World War II-era bomber").
    if (/^(?:\s+[IVX]+)?[-\u2010\u2011][a-z]/.test(next)) continue;
    // A name, not an event: "the Catholic Bishops' Conference", "... Forum of Asia (FOA)".
    if (isNameHead(seg, triggerStart, m[0], next)) continue;
    // A verb, not a noun: "should vote", "plans to attack American diplomats", "to protest the results".
    const lead = /(\S+)\s+$/.exec(seg.text.slice(Math.max(seg.start, triggerStart - 20), triggerStart))?.[1]?.toLowerCase();
    if (lead && leads.has(lead) && (lead !== 'to' || /^\s+(?:the|a|an|his|her|its|their|our|my|your|him|them|us|me|against|\p{Lu})/u.test(next))) continue;
    let start = triggerStart;
    const words: { text: string; start: number }[] = [];
    const before = seg.text.slice(seg.start, triggerStart);
    const tokens = [...before.matchAll(/\S+/g)];
    let generic = false;
    for (let i = tokens.length - 1, taken = 0; i >= 0 && taken <= MAX_MODIFIERS; i--, taken++) {
      const word = tokens[i][0];
      const at = seg.start + (tokens[i].index ?? 0);
      if (DETERMINER.test(word)) {
        start = at;
        generic = genericDeterminers.includes(word.toLowerCase());
        break;
      }
      // Entity names and dates may modify the trigger too ("the U.S.-Russian talks", "the Paris
      // summit", "the December 31 attack").
      const named = seg.hits.some((h) => h.start < at + word.length && at < h.end)
        || seg.dates.some((d) => d.start < at + word.length && at < d.end);
      // A lower-case word ending in -s or -ed right after a name is its verb ("the Democratic Party
      // uses primary elections", "Hawkins attacked war as a tool").
      const afterName = i > 0 && seg.hits.some((h) => h.end === seg.start + (tokens[i - 1].index ?? 0) + tokens[i - 1][0].length);
      if (!named && afterName && /^[a-z]+(?:[^s]s|ed)$/.test(word)) break;
      // An -ed or -ing word after another lower-case word is a verb too ("the ban followed
      // discussions", "fighters escaped following Turkish airstrikes"); right after the
      // determiner it is an adjective ("the scheduled talks").
      const previousWord = i > 0 ? tokens[i - 1][0] : '';
      if (!named && /^[a-z]{3,}(?:ed|ing)$/.test(word) && /^[a-z]+$/.test(previousWord) && !DETERMINER.test(previousWord)) break;
      // Adverbs end the phrase ("could reportedly serve"), except the few -ly adjectives of time.
      const adverb = /ly$/i.test(word) && !LY_ADJECTIVES.has(word.toLowerCase());
      if (!named && (!MODIFIER.test(word) || /['\u2019]s$/.test(word) || stop.has(word.toLowerCase()) || adverb)) break;
      words.unshift({ text: word, start: at });
      start = at;
    }
    // "without a trade deal", "against any deal": not an event that happened.
    const previous = /(\S+)\s*$/.exec(seg.text.slice(seg.start, start))?.[1]?.toLowerCase();
    if (previous && negatingWords.includes(previous)) generic = true;
    // "to create a conflict", "promised to hold a referendum": an intention, hypothetical unless dated.
    const infinitive = /\bto\s+([a-z]+)\s+(?:[a-z]+ly\s+)?$/.exec(seg.text.slice(Math.max(seg.start, start - 40), start));
    if (infinitive && !stop.has(infinitive[1])) generic = true;
    const modifiers = words.map((w) => (/^\p{Lu}/u.test(w.text) ? w.text : w.text.toLowerCase()));
    if (modifiers.some((w) => genericDeterminers.includes(w))) generic = true;
    const type = types.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
    out.push({
      type,
      trigger: m[0],
      label: [...modifiers.filter((w) => !genericDeterminers.includes(w)), m[0].toLowerCase()].join(' '),
      start,
      end: triggerEnd,
      triggerStart,
      triggerEnd,
      segment: seg,
      generic,
      date: null,
      dateFromSentence: false,
      participants: new Map(),
      location: null,
      concerns: new Set(),
      reportedBy: new Set(),
      rules: [],
    });
  }
  return out;
}

/** "X met Y", "X visited Y": the verb names the event, subject and object take the roles in the data. */
export function findVerbMentions(seg: Segment): EventMention[] {
  const { verbs } = eventData().triggers;
  const re = new RegExp(`(?<![\\w-])(${phrases(Object.keys(verbs))})(?![\\w-])`, 'g');
  const out: EventMention[] = [];
  const body = seg.text.slice(seg.start, seg.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = seg.start + m.index;
    const end = start + m[0].length;
    const spec = verbs[m[0].replace(/\s+/g, ' ')];
    // Subject right before, object right after: both must be entities for a verb to name an event.
    const subject = [...seg.hits].reverse().find((h) => h.end <= start && /^[\s,]*(?:also\s+|reportedly\s+|had\s+|has\s+)?$/.test(seg.text.slice(h.end, start)));
    const object = seg.hits.find((h) => h.start >= end && /^\s*(?:the\s+)?$/.test(seg.text.slice(end, h.start)));
    if (!subject || !object) continue;
    // "Trump attacked Drudge as an opponent": words, not an attack.
    if (spec.objectTypes && !spec.objectTypes.includes(object.entity.type)) continue;
    const mention: EventMention = {
      type: spec.type, trigger: m[0], label: `${subject.entity.name} ${m[0].replace(/\s+/g, ' ')} ${object.entity.name}`,
      start, end, triggerStart: start, triggerEnd: end, segment: seg, generic: false, date: null, dateFromSentence: false,
      participants: new Map(), location: null, concerns: new Set(), reportedBy: new Set(), rules: ['verb'],
    };
    const placeLike = (t: string) => t === 'Place';
    if (placeLike(object.entity.type)) {
      mention.location = object.entity.key;
      mention.locationName = object.entity.name;
    }
    else addParticipant(mention, object.entity.key, spec.object);
    addParticipant(mention, subject.entity.key, spec.subject);
    out.push(mention);
  }
  return out;
}
