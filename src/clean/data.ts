// Loads the word lists and patterns of data/clean/*.json once. They are read at run time (not
// imported) so that the same files serve the compiled dist/ and the ts-jest sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA_DIR = join(__dirname, '..', '..', 'data', 'clean');
const cache = new Map<string, unknown>();

export function loadCleanData<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')));
  return cache.get(name) as T;
}

/** Case-insensitive, Unicode-aware regular expressions from pattern strings. */
export function compilePatterns(patterns: string[]): RegExp[] {
  return patterns.map((p) => new RegExp(p, 'iu'));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
