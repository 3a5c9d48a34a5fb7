// PLACEHOLDER (issue #3 replaces this): reads plain text files only.
import { readFileSync } from 'node:fs';
import type { RawArticle, ReadError } from '../types';

export interface ReadOptions {
  /** Largest input file accepted, in bytes. */
  maxBytes?: number;
}

export async function* readInputs(paths: string[], _options: ReadOptions = {}): AsyncGenerator<RawArticle | ReadError> {
  for (const p of paths) yield { sourcePath: p, format: 'text', body: readFileSync(p, 'utf8') };
}
