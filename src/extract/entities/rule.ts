// The shared shape of entity rules. Rules propose candidate mentions (with spans and a rule id);
// refiners then trim, filter and merge them. Adding a rule means adding one module to the list in
// index.ts, nothing else.
import type { CleanArticle, EntityMention, Span } from '../../types';
import type { TextLayout } from '../text';
import type { Token } from './tokens';

export interface EntityContext {
  article: CleanArticle;
  text: string;
  layout: TextLayout;
  tokens: Token[];
  /** Index into `tokens` of each sentence's first word. */
  sentenceStartTokens: Set<number>;
  /** Text that never yields entities: photo credits, page widgets. */
  excluded: Span[];
  /** Paragraphs set in headline casing ("Macron On Virtual Meeting With Starmer"). */
  headlineCased: Span[];
}

export interface EntityRule {
  id: string;
  propose(ctx: EntityContext): EntityMention[];
}

export interface EntityRefiner {
  id: string;
  refine(mentions: EntityMention[], ctx: EntityContext): EntityMention[];
}

export const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
/** A country or place named in the text; a demonym ("Russian") names no place. */
export const isPlaceName = (m: EntityMention) => (m.type === 'Place' || m.type === 'Country') && m.rule !== 'gazetteer:demonym';
