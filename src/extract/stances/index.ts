// PLACEHOLDER (issue #6 replaces this).
import type { CleanArticle, Quote, Stance } from '../../types';
import type { TextLayout } from '../text';
import type { EntityIndex } from '../../resolve/entity-index';

export function extractStances(_a: CleanArticle, _l: TextLayout, _e: EntityIndex, _q: Quote[]): Stance[] {
  return [];
}
