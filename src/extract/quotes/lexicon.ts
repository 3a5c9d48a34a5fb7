// The cue lists of data/quotes/*.json, loaded once and turned into lookup sets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../types';

/** data/ at the repository root: the same relative place from src/ (tests) and dist/ (builds). */
export const DATA_DIR = join(__dirname, '..', '..', '..', 'data');

export function readDataFile<T>(relative: string): T {
  const path = join(DATA_DIR, relative);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot read cue list ${path}: ${(err as Error).message}`);
  }
}

interface CueFile {
  verbs: Record<string, string[]>;
  that: string[];
  objectThat: string[];
  objectIsContent: string[];
  pronounThat: string[];
  notIndirectAfter: string[];
  evidentialLemmas: string[];
  accordingTo: string[];
  leadingAdverbialStarters: string[];
  skipBetweenSpeakerAndCue: string[];
  speakerStopWords: string[];
  determiners: string[];
  abbreviations: string[];
  pronouns: Record<string, EntityType | null>;
}

interface NonQuoteFile {
  titleCues: string[];
  minDirectWords: number;
  minPartialWords: number;
  minUncuedPartialWords: number;
  titleCaseShare: number;
}

interface SourceFile {
  venueCues: string[];
  relayCues: string[];
  relayVerbs: string[];
  venueNouns: string[];
}

export interface QuoteLexicon {
  /** Surface form -> lemma of every reporting verb. */
  cueLemma: Map<string, string>;
  thatLemmas: Set<string>;
  objectThatLemmas: Set<string>;
  objectIsContentLemmas: Set<string>;
  pronounThatLemmas: Set<string>;
  notIndirectAfter: Set<string>;
  evidentialLemmas: Set<string>;
  accordingTo: string[][];
  leadingAdverbial: Set<string>;
  skip: Set<string>;
  stop: Set<string>;
  determiners: Set<string>;
  abbreviations: Set<string>;
  pronouns: Map<string, EntityType | null>;
  titleCues: Set<string>;
  minDirectWords: number;
  minPartialWords: number;
  minUncuedPartialWords: number;
  titleCaseShare: number;
  venueCues: string[][];
  relayCues: string[][];
  relayVerbs: Set<string>;
  venueNouns: Set<string>;
}

let cached: QuoteLexicon | undefined;

const phrases = (list: string[]) => list.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);

export function quoteLexicon(): QuoteLexicon {
  if (cached) return cached;
  const cues = readDataFile<CueFile>('quotes/cues.json');
  const nonQuotes = readDataFile<NonQuoteFile>('quotes/non-quotes.json');
  const sources = readDataFile<SourceFile>('quotes/sources.json');
  const cueLemma = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(cues.verbs)) for (const f of forms) cueLemma.set(f, lemma);
  cached = {
    cueLemma,
    thatLemmas: new Set(cues.that),
    objectThatLemmas: new Set(cues.objectThat),
    objectIsContentLemmas: new Set(cues.objectIsContent),
    pronounThatLemmas: new Set(cues.pronounThat),
    notIndirectAfter: new Set(cues.notIndirectAfter),
    evidentialLemmas: new Set(cues.evidentialLemmas),
    accordingTo: phrases(cues.accordingTo),
    leadingAdverbial: new Set(cues.leadingAdverbialStarters),
    skip: new Set(cues.skipBetweenSpeakerAndCue),
    stop: new Set(cues.speakerStopWords),
    determiners: new Set(cues.determiners),
    abbreviations: new Set(cues.abbreviations),
    pronouns: new Map(Object.entries(cues.pronouns)),
    titleCues: new Set(nonQuotes.titleCues),
    minDirectWords: nonQuotes.minDirectWords,
    minPartialWords: nonQuotes.minPartialWords,
    minUncuedPartialWords: nonQuotes.minUncuedPartialWords,
    titleCaseShare: nonQuotes.titleCaseShare,
    venueCues: phrases(sources.venueCues),
    relayCues: phrases(sources.relayCues),
    relayVerbs: new Set(sources.relayVerbs),
    venueNouns: new Set(sources.venueNouns),
  };
  return cached;
}
