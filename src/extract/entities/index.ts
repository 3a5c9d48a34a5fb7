// PLACEHOLDER (issue #4 replaces this).
import type { CleanArticle, EntityMention } from '../../types';
import type { TextLayout } from '../text';

export function extractEntityMentions(_article: CleanArticle, _layout: TextLayout): EntityMention[] {
  return [];
}
