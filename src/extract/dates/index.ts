// PLACEHOLDER (issue #5 replaces this).
import type { DateMention } from '../../types';
import type { TextLayout } from '../text';

export function extractDates(_text: string, _layout: TextLayout, _referenceDate: string): DateMention[] {
  return [];
}
