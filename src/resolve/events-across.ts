// PLACEHOLDER (issue #5 replaces this).
import type { Extraction } from '../types';

export function mergeEventsAcrossArticles(extractions: Extraction[]): Extraction[] {
  return extractions;
}
