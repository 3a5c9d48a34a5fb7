// Read-only lookups over one article's resolved entities, used by the later extractors
// (quotes, events, stances) to turn a span of text into an entity key.
import type { Entity, Mention, Role, Span } from '../types';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

export class EntityIndex {
  private readonly keyed = new Map<string, Entity>();
  /** Every mention of every entity, sorted by start offset. */
  private readonly hits: MentionHit[];
  /** Length of the longest mention: no hit starting further left than this can reach a span. */
  private readonly longest: number;

  constructor(readonly entities: Entity[], readonly roles: Role[] = []) {
    for (const e of entities) this.keyed.set(e.key, e);
    this.hits = entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
      .sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    this.longest = Math.max(0, ...this.hits.map((h) => h.mention.end - h.mention.start));
  }

  byKey(key: string): Entity | undefined {
    return this.keyed.get(key);
  }

  /** Mentions that overlap the span, in text order. */
  mentionsIn(span: Span): MentionHit[] {
    // Binary search for the first hit that may still overlap, then scan until hits start past the span.
    const from = span.start - this.longest;
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid].mention.start < from) lo = mid + 1;
      else hi = mid;
    }
    const found: MentionHit[] = [];
    for (let i = lo; i < this.hits.length && this.hits[i].mention.start < span.end; i++) {
      if (this.hits[i].mention.end > span.start) found.push(this.hits[i]);
    }
    return found;
  }

  /** The entity with a mention overlapping the span (the longest mention wins), if any. */
  at(span: Span): Entity | undefined {
    let best: MentionHit | undefined;
    for (const h of this.mentionsIn(span)) {
      if (!best || h.mention.end - h.mention.start > best.mention.end - best.mention.start) best = h;
    }
    return best?.entity;
  }

  /** Roles held by a person (by key). */
  rolesOf(personKey: string): Role[] {
    return this.roles.filter((r) => r.person === personKey);
  }
}
