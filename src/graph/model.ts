// The labels, relationship types and provenance rules of spec/graph-model.md as typed constants.
// The loader builds Cypher from these lists only, so no label or type can reach the database
// unless it is declared here.

export const NODE_LABELS = [
  'Article',
  'Person',
  'Country',
  'Organization',
  'MediaOutlet',
  'Place',
  'Event',
  'Quote',
  'Stance',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * How an edge records where it comes from.
 * - `article`: one end is the Article itself (MENTIONS, REPORTED_IN, ...), so the edge belongs to
 *   exactly one article and is deleted with that article's contribution.
 * - `keyed`: the edge is stated by one article and carries that article's key in `article`
 *   (EVIDENCED_BY: its span is a span of that article's text).
 * - `shared`: a fact between two non-Article nodes that several articles may state; it carries
 *   the list of their keys in `articles` and disappears when the list becomes empty.
 */
export type Provenance = 'article' | 'keyed' | 'shared';

export interface RelationshipSpec {
  provenance: Provenance;
  /** Properties that are part of the relationship's identity (MERGE pattern), besides its ends. */
  identity: readonly string[];
  /**
   * Every property the relationship may carry (spec/graph-model.md). The loader names them in its
   * Cypher (`CREATE (a)-[r:MENTIONS {count: ..., spans: ...}]->(b)`) rather than setting a whole
   * map, which makes the planner add an Eager operator (every row held before any is written); an
   * edge with a property not listed here is refused, never written with the property dropped.
   */
  properties: readonly string[];
}

export const RELATIONSHIPS = {
  MENTIONS: { provenance: 'article', identity: [], properties: ['count', 'spans'] },
  PUBLISHED_BY: { provenance: 'article', identity: [], properties: [] },
  CITES: { provenance: 'article', identity: [], properties: ['spans'] },
  SAME_STORY_AS: { provenance: 'article', identity: [], properties: ['similarity'] },
  HOLDS_ROLE: { provenance: 'shared', identity: ['title'], properties: ['title', 'asOf'] },
  SAID: { provenance: 'shared', identity: [], properties: [] },
  REPORTED_IN: { provenance: 'article', identity: [], properties: ['start', 'end', 'spans'] },
  GIVEN_TO: { provenance: 'shared', identity: [], properties: [] },
  RELAYED_BY: { provenance: 'shared', identity: [], properties: [] },
  ABOUT: { provenance: 'shared', identity: [], properties: [] },
  PARTICIPATED_IN: { provenance: 'shared', identity: ['role'], properties: ['role'] },
  LOCATED_IN: { provenance: 'shared', identity: [], properties: [] },
  CONCERNS: { provenance: 'shared', identity: [], properties: [] },
  REPORTED_BY: { provenance: 'shared', identity: [], properties: [] },
  PART_OF: { provenance: 'shared', identity: [], properties: [] },
  HELD_BY: { provenance: 'shared', identity: [], properties: [] },
  TOWARD: { provenance: 'shared', identity: [], properties: [] },
  EVIDENCED_BY: { provenance: 'keyed', identity: ['article'], properties: ['article', 'start', 'end'] },
  STATED_IN: { provenance: 'article', identity: [], properties: ['start', 'end'] },
} as const satisfies Record<string, RelationshipSpec>;
export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/** Relationship types that tie a node to an Article: a node with none of these left has no evidence. */
export const EVIDENCE_TYPES = ['MENTIONS', 'PUBLISHED_BY', 'CITES', 'REPORTED_IN', 'STATED_IN'] as const satisfies readonly RelationshipType[];

/** Properties stored as Neo4j temporal values rather than strings. */
export const TEMPORAL_PROPERTIES: Partial<Record<NodeLabel | RelationshipType, readonly string[]>> = {
  Article: ['publishedAt', 'referenceDate', 'ingestedAt'],
  Event: ['dateStart', 'dateEnd'],
  HOLDS_ROLE: ['asOf'],
};

/** Labels whose nodes carry an `aliases` list that grows as articles add names. */
export const ALIAS_LABELS: readonly NodeLabel[] = ['Person', 'Country', 'Organization', 'Place'];

export type PropertyValue = string | number | boolean | null | string[] | number[];
export type Properties = Record<string, PropertyValue>;

/** Attributes of a node in an in-memory article graph. */
export interface GraphNodeAttributes {
  /** Primary label first: it carries the `key` constraint. MediaOutlet nodes are ['Organization', 'MediaOutlet']. */
  labels: NodeLabel[];
  props: Properties;
}

/** Attributes of an edge in an in-memory article graph. */
export interface GraphEdgeAttributes {
  type: RelationshipType;
  props: Properties;
  /** Keys of the articles stating a `shared` edge. */
  articles: string[];
}

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIPS, value);
}

/** The label that carries the key constraint (MediaOutlet nodes are merged as Organization). */
export function primaryLabel(labels: readonly NodeLabel[]): NodeLabel {
  return labels[0];
}

/** Deterministic edge key: type, ends and identity properties. */
export function edgeKey(type: RelationshipType, source: string, target: string, props: Properties): string {
  const identity = RELATIONSHIPS[type].identity.map((p) => String(props[p] ?? ''));
  return [type, source, target, ...identity].join('|');
}
