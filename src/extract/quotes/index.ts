// PLACEHOLDER (issue #6 replaces this).
import type { CleanArticle, Quote } from '../../types';
import type { TextLayout } from '../text';
import type { EntityIndex } from '../../resolve/entity-index';

export function extractQuotes(_a: CleanArticle, _l: TextLayout, _e: EntityIndex): Quote[] {
  return [];
}
