// PLACEHOLDER (issue #3 replaces this).
import type { CleanArticle, SameStoryLink } from '../types';

/** What is kept of an article to find its same-story copies later (e.g. a MinHash signature). */
export interface StorySignature {
  key: string;
  signature: number[];
}

export function linkSameStories(_articles: CleanArticle[], _known: StorySignature[]): Map<string, SameStoryLink[]> {
  return new Map();
}
