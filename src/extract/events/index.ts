// Event mentions of one article: trigger nouns and verbs (data/events/triggers.json) in every
// sentence of the body, its photo captions and its embedded video titles, with their arguments
// (arguments.ts), and interviews stated through quotes given to an outlet (quotes.ts); then merged into one EventRecord per real event (src/resolve/events.ts).
//
// Video titles are not part of article.text, so a mention found in one has no span: it is
// recorded as { start: -1, end: -1, text: <the whole title> }.
import type { CleanArticle, DateMention, EventRecord, Quote } from '../../types';
import type { EntityIndex } from '../../resolve/entity-index';
import { mergeEventMentions } from '../../resolve/events';
import type { TextLayout } from '../text';
import { attachArguments, releaseClaimedDates } from './arguments';
import { findNounMentions, findVerbMentions, type EventMention } from './mention';
import { bodySegments, videoTitleSegments } from './segment';
import { interviewMentions } from './quotes';

export type { EventMention };

/** Every event mention with its arguments, before merging (exported for tests and debugging). */
export function findEventMentions(
  article: CleanArticle,
  layout: TextLayout,
  entities: EntityIndex,
  dates: DateMention[],
  quotes: Quote[] = [],
): EventMention[] {
  const segments = [...bodySegments(article, layout, entities, dates), ...videoTitleSegments(article, entities)];
  const mentions: EventMention[] = [];
  for (const seg of segments) {
    const found = [...findNounMentions(seg), ...findVerbMentions(seg)];
    for (const m of found) attachArguments(m, entities);
    mentions.push(...found);
  }
  releaseClaimedDates(mentions);
  mentions.push(...interviewMentions(quotes, segments, entities));
  return mentions;
}

export function extractEvents(
  article: CleanArticle,
  layout: TextLayout,
  entities: EntityIndex,
  dates: DateMention[],
  quotes: Quote[],
): EventRecord[] {
  return mergeEventMentions(findEventMentions(article, layout, entities, dates, quotes));
}
