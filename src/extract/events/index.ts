// PLACEHOLDER (issue #5 replaces this).
import type { CleanArticle, DateMention, EventRecord, Quote } from '../../types';
import type { TextLayout } from '../text';
import type { EntityIndex } from '../../resolve/entity-index';

export function extractEvents(_a: CleanArticle, _l: TextLayout, _e: EntityIndex, _d: DateMention[], _q: Quote[]): EventRecord[] {
  return [];
}
