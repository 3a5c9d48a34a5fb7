// Loads the word lists under data/dates/ once. The path is the same from src/ (ts-jest) and
// dist/ (the build): both sit two folders below the repository root.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'dates');

export interface DateLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  numbers: Record<string, number>;
  ordinals: Record<string, number>;
  decadeWords: Record<string, number>;
  seasons: Record<string, { code: string; firstMonth: number }>;
}

export interface TenseCues {
  future: string[];
  past: string[];
  pastVerbSuffix: string;
}

export interface NotDateLists {
  durationUnits: string[];
  countNouns: string[];
  currencyMarks: string[];
  timeSuffixes: string[];
}

export interface RelativeWords {
  dayWords: Record<string, number>;
  periodModifiers: Record<string, number>;
  weekdayModifiers: Record<string, 'past' | 'future' | 'tense'>;
  monthModifiers: Record<string, number>;
  weekdayRangeWords: string[];
  indefiniteWeekdayWords: string[];
  habitualWeekdayNouns: string[];
  periods: string[];
  weekendPrepositions: string[];
  namedDayPrefixes: string[];
  yearEnd: string[];
}

function load<T>(file: string): T {
  const path = join(DATA_DIR, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot load date data ${path}: ${(err as Error).message}`);
  }
}

let cache: { lexicon: DateLexicon; tense: TenseCues; notDates: NotDateLists; relative: RelativeWords } | undefined;

export function dateData() {
  cache ??= {
    lexicon: load<DateLexicon>('lexicon.json'),
    tense: load<TenseCues>('tense.json'),
    notDates: load<NotDateLists>('not-dates.json'),
    relative: load<RelativeWords>('relative.json'),
  };
  return cache;
}

/** Regex alternation of the keys, longest first so that "this past" wins over "this". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
