// The stance phrase list of data/stances/phrases.json, loaded once.
import type { Polarity } from '../../types';
import { readDataFile } from '../quotes/lexicon';

export type Complement = 'object' | 'infinitive' | 'that-subject' | 'passive-from' | 'passive-subject' | 'decider';

export interface StancePhrase {
  words: string[];
  polarity: Exclude<Polarity, 'neutral'>;
  complement: Complement;
  /** The grammatical subject holds the stance ("Ukraine agreed to ..."). */
  active: boolean;
}

interface PhraseFile {
  phrases: { words: string[]; polarity: StancePhrase['polarity']; complement: Complement; active: boolean }[];
  negations: string[];
  conditionals: string[];
  auxiliaries: string[];
  topicStops: string[];
  nounMarkers: string[];
  subjectStops: string[];
  firstPersonAndSpeakerPronouns: string[];
  maxTopicWords: number;
  confidence: { direct: number; indirect: number; partial: number; reported: number; conditionalFactor: number; thirdPartyFactor: number };
}

export interface StanceLexicon {
  /** Every phrase form, longest first. */
  phrases: StancePhrase[];
  negations: Set<string>;
  conditionals: Set<string>;
  auxiliaries: Set<string>;
  topicStops: Set<string>;
  nounMarkers: Set<string>;
  subjectStops: Set<string>;
  pronouns: Set<string>;
  maxTopicWords: number;
  confidence: PhraseFile['confidence'];
}

let cached: StanceLexicon | undefined;

export function stanceLexicon(): StanceLexicon {
  if (cached) return cached;
  const file = readDataFile<PhraseFile>('stances/phrases.json');
  const phrases = file.phrases
    .flatMap((p) => p.words.map((w) => ({ words: w.toLowerCase().split(/\s+/), polarity: p.polarity, complement: p.complement, active: p.active })))
    .sort((a, b) => b.words.length - a.words.length);
  cached = {
    phrases,
    negations: new Set(file.negations),
    conditionals: new Set(file.conditionals),
    auxiliaries: new Set(file.auxiliaries),
    topicStops: new Set(file.topicStops),
    nounMarkers: new Set(file.nounMarkers),
    subjectStops: new Set(file.subjectStops),
    pronouns: new Set(file.firstPersonAndSpeakerPronouns),
    maxTopicWords: file.maxTopicWords,
    confidence: file.confidence,
  };
  return cached;
}
