// Where event mentions are looked for: each sentence of the body (captions included, flagged),
// and each embedded video title. A video title is not part of the body text, so its entity
// mentions are found by matching the names and aliases of the article's resolved entities.
import type { CleanArticle, DateMention, Entity, Span } from '../../types';
import type { EntityIndex } from '../../resolve/entity-index';
import { spanAt, type TextLayout } from '../text';

export type EventOrigin = 'body' | 'caption' | 'video-title';

export interface EntityHit {
  entity: Entity;
  start: number;
  end: number;
}

export interface Segment {
  /** The string the offsets below refer to: the article text, or a video title. */
  text: string;
  start: number;
  end: number;
  origin: EventOrigin;
  /** Entity mentions inside the segment, in text order. */
  hits: EntityHit[];
  dates: DateMention[];
}

export function bodySegments(article: CleanArticle, layout: TextLayout, index: EntityIndex, dates: DateMention[]): Segment[] {
  const inCaption = (s: Span) => article.captions.some((c) => c.start <= s.start && s.end <= c.end);
  return layout.sentences.map((s) => ({
    text: article.text,
    start: s.start,
    end: s.end,
    origin: inCaption(s) || spanAt(article.captions, s.start) ? 'caption' : 'body',
    hits: index.mentionsIn(s)
      .filter((h) => h.mention.start >= s.start && h.mention.end <= s.end)
      .map((h) => ({ entity: h.entity, start: h.mention.start, end: h.mention.end })),
    dates: dates.filter((d) => d.start >= s.start && d.end <= s.end),
  }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Entity mentions in a string outside the body, by the names and mention texts of the article's entities. */
export function hitsInString(text: string, index: EntityIndex): EntityHit[] {
  const hits: EntityHit[] = [];
  for (const entity of index.entities) {
    // Headlines and video titles name people by surname ("Macron on ... with Starmer").
    const surname = entity.type === 'Person' ? entity.name.split(/\s+/).pop() : undefined;
    const names = new Set([entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text), surname ?? '']
      .filter((n) => n.length >= 3 && /^\p{Lu}/u.test(n)));
    for (const name of names) {
      const re = new RegExp(`(?<![\\w])${escape(name)}(?![\\w])`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ entity, start: m.index, end: m.index + m[0].length });
    }
  }
  // Longest first, then drop hits inside a longer one.
  hits.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: EntityHit[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

export function videoTitleSegments(article: CleanArticle, index: EntityIndex): Segment[] {
  return article.videoTitles.map((title) => ({
    text: title,
    start: 0,
    end: title.length,
    origin: 'video-title' as const,
    hits: hitsInString(title, index),
    dates: [],
  }));
}
