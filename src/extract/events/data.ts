// Loads the event word lists under data/events/ once (same path from src/ and dist/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParticipantRole } from '../../types';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'events');

export interface EventTriggers {
  types: Record<string, { nouns: string[] }>;
  verbs: Record<string, { type: string; subject: ParticipantRole; object: ParticipantRole; objectTypes?: string[] }>;
  groups: string[][];
  wider: Record<string, string[]>;
}

export interface EventCues {
  organizerVerbs: string[];
  hostVerbs: string[];
  participantVerbs: string[];
  attendancePrepositions: string[];
  withWords: string[];
  mediatorNouns: string[];
  mediatorVerbs: string[];
  concernWords: string[];
  locationWords: string[];
  reportVerbs: string[];
  reportedByCues: string[];
  partOfCues: string[];
  clauseBreaks: string[];
  headlineOn: string[];
  genericDeterminers: string[];
  outletKinds: string[];
  notModifiers: string[];
  negatingWords: string[];
  destinationWords: Record<string, string[]>;
  headNounsAfter: string[];
  verbLeads: string[];
  durativeTypes: string[];
}

function load<T>(file: string): T {
  const path = join(DATA_DIR, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot load event data ${path}: ${(err as Error).message}`);
  }
}

let cache: { triggers: EventTriggers; cues: EventCues } | undefined;

export function eventData() {
  cache ??= { triggers: load<EventTriggers>('triggers.json'), cues: load<EventCues>('cues.json') };
  return cache;
}

/** Regex alternation of phrases, longest first, spaces matching any run of spaces. */
export function phrases(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** The group (list of compatible types) of a type; a type outside every group is its own. */
export function typeGroup(type: string): string[] {
  return eventData().triggers.groups.find((g) => g.includes(type)) ?? [type];
}

export const compatibleTypes = (a: string, b: string) => typeGroup(a).includes(b);
