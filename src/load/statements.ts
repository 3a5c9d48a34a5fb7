// Turns an in-memory graph into batched, parameterised Cypher: one `UNWIND $rows AS row MERGE ...`
// statement per label set and per relationship type. Labels and types are
// spliced into the text only from the fixed lists of src/graph/model.ts; every value is a parameter.
import neo4j from 'neo4j-driver';
import type { ArticleGraph } from '../graph/merge';
import {
  ALIAS_LABELS,
  RELATIONSHIPS,
  TEMPORAL_PROPERTIES,
  isNodeLabel,
  isRelationshipType,
  primaryLabel,
  type NodeLabel,
  type Properties,
  type PropertyValue,
  type RelationshipType,
} from '../graph/model';

export interface Statement {
  /** What the statement writes, for error messages: a label set ("Organization:MediaOutlet") or a type. */
  name: string;
  kind: 'node' | 'relationship';
  cypher: string;
  rows: Record<string, unknown>[];
}

/** Statements that write every node, then every relationship, of the graph. */
export function graphStatements(graph: ArticleGraph): Statement[] {
  const nodeGroups = new Map<string, { labels: NodeLabel[]; rows: Record<string, unknown>[] }>();
  graph.forEachNode((key, attrs) => {
    const id = attrs.labels.join(':');
    const group = nodeGroups.get(id) ?? { labels: attrs.labels, rows: [] };
    nodeGroups.set(id, group);
    group.rows.push(nodeRow(key, attrs.labels, attrs.props));
  });

  const edgeGroups = new Map<RelationshipType, Record<string, unknown>[]>();
  graph.forEachEdge((_key, attrs, source, target) => {
    const rows = edgeGroups.get(attrs.type) ?? [];
    edgeGroups.set(attrs.type, rows);
    const row: Record<string, unknown> = { from: source, to: target, props: toParameters(attrs.type, attrs.props, { dropNulls: true }) };
    if (RELATIONSHIPS[attrs.type].provenance === 'shared') row.articles = attrs.articles;
    rows.push(row);
  });

  const statements: Statement[] = [];
  for (const g of nodeGroups.values()) {
    statements.push({ name: g.labels.join(':'), kind: 'node', cypher: nodeCypher(g.labels), rows: g.rows });
  }
  for (const [type, rows] of edgeGroups) {
    statements.push({ name: type, kind: 'relationship', cypher: relationshipCypher(type), rows });
  }
  return statements;
}

/**
 * Relationship rows name their ends by key; the node statements return the element id of every
 * node they wrote, and the rows are rewritten to those ids. Ends are then found by id, whatever
 * their label, so there is one statement per relationship type.
 */
export function bindEnds(rows: Record<string, unknown>[], ids: Map<string, string>): Record<string, unknown>[] {
  return rows.map((row) => {
    const from = ids.get(row.from as string);
    const to = ids.get(row.to as string);
    if (!from || !to) throw new Error(`statements.bindEnds: no node written for ${from ? row.to : row.from}. Every relationship end must be a node of the same graph.`);
    return { ...row, from, to };
  });
}

/**
 * Bound relationship rows grouped by their start node: one row per start node carrying its edges,
 * so the statement looks the start node up once instead of once per edge (an Article has dozens of
 * MENTIONS, a Person many SAID edges), which cuts the per-row work of the busiest statements.
 */
export function groupByStart(rows: Record<string, unknown>[]): { from: string; edges: Record<string, unknown>[] }[] {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const { from, ...edge } of rows) {
    const edges = groups.get(from as string) ?? [];
    groups.set(from as string, edges);
    edges.push(edge);
  }
  return [...groups].map(([from, edges]) => ({ from, edges }));
}

function nodeRow(key: string, labels: NodeLabel[], props: Properties): Record<string, unknown> {
  const label = primaryLabel(labels);
  if (label === 'Article') {
    // An Article is replaced as a whole (`SET n = row.props`): values the new version lacks disappear.
    return { key, props: { ...toParameters(label, props, { dropNulls: true }), key } };
  }
  const { aliases, ...rest } = props;
  return { key, props: toParameters(label, rest, { dropNulls: true }), aliases: Array.isArray(aliases) ? aliases : [] };
}

const cypherCache = new Map<string, string>();

export function nodeCypher(labels: NodeLabel[]): string {
  const id = `node|${labels.join(':')}`;
  const cached = cypherCache.get(id);
  if (cached) return cached;
  for (const l of labels) assertLabel(l);
  const [primary, ...extra] = labels;
  const lines = ['UNWIND $rows AS row', `MERGE (n:${primary} {key: row.key})`];
  if (primary === 'Article') lines.push('SET n = row.props');
  else {
    // Same outcome as `SET n += row.props`, but only the values that differ are written: in a large
    // batch most rows are entities, quotes and events already stored, and rewriting them unchanged
    // fills the transaction with no-op writes. (Dynamic property names need Neo4j 5.26 or later.)
    lines.push('FOREACH (k IN [k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]] | SET n[k] = row.props[k])');
  }
  if (extra.length) lines.push(`SET n:${extra.join(':')}`);
  if (ALIAS_LABELS.includes(primary)) {
    // Append only the names the node lacks, and write only when there are some: most rows of a large
    // batch re-mention known entities, and rewriting an unchanged list costs a write per row.
    lines.push(
      'WITH n, row, [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS fresh',
      'FOREACH (_ IN CASE WHEN size(fresh) > 0 OR n.aliases IS NULL THEN [1] ELSE [] END | SET n.aliases = coalesce(n.aliases, []) + fresh)',
    );
  }
  lines.push('RETURN row.key AS key, elementId(n) AS id');
  const cypher = lines.join('\n');
  cypherCache.set(id, cypher);
  return cypher;
}

export function relationshipCypher(type: RelationshipType): string {
  const id = `rel|${type}`;
  const cached = cypherCache.get(id);
  if (cached) return cached;
  if (!isRelationshipType(type)) throw new Error(`statements.relationshipCypher: unknown relationship type "${type}". Add it to src/graph/model.ts first.`);
  const spec = RELATIONSHIPS[type];
  const identity = spec.identity.map((p) => `${p}: row.props.${p}`).join(', ');
  // Rows are grouped by start node (groupByStart): the start is found once, then each of its edges.
  const lines = [
    'UNWIND $rows AS start',
    'MATCH (a) WHERE elementId(a) = start.from',
    'UNWIND start.edges AS row',
    'MATCH (b) WHERE elementId(b) = row.to',
  ];
  if (spec.provenance === 'article' && type !== 'SAME_STORY_AS') {
    // An edge to or from an Article of the group: the loader has removed every edge of those
    // Articles earlier in the same transaction (writeGroup), so it cannot exist yet and CREATE
    // saves MERGE's look-up and lock upgrade on the busiest relationship types (MENTIONS, REPORTED_IN).
    // (SAME_STORY_AS joins two articles, one possibly not in the group: it is always merged.)
    lines.push(`CREATE (a)-[r:${type}]->(b)`, 'SET r = row.props');
    const created = lines.join('\n');
    cypherCache.set(id, created);
    return created;
  }
  lines.push(`MERGE (a)-[r:${type}${identity ? ` {${identity}}` : ''}]->(b)`);
  if (spec.provenance === 'shared') {
    // Several articles may state the same fact: keep the latest `asOf`, and the list of articles.
    lines.push(
      type === 'HOLDS_ROLE'
        ? 'SET r.title = row.props.title, r.asOf = CASE WHEN r.asOf IS NULL OR row.props.asOf > r.asOf THEN row.props.asOf ELSE r.asOf END'
        : 'SET r += row.props',
      // Rows come from a merged batch graph, so row.articles has no repeats; only new keys are appended.
      'SET r.articles = coalesce(r.articles, []) + [x IN row.articles WHERE NOT x IN coalesce(r.articles, [])]',
    );
  } else {
    lines.push('SET r = row.props');
  }
  const cypher = lines.join('\n');
  cypherCache.set(id, cypher);
  return cypher;
}

function assertLabel(label: string): void {
  if (!isNodeLabel(label)) throw new Error(`statements: unknown label "${label}". Add it to src/graph/model.ts first.`);
}

/** Property values as driver parameters: ISO dates become Neo4j date/datetime values. */
export function toParameters(owner: NodeLabel | RelationshipType, props: Properties, options: { dropNulls: boolean }): Record<string, unknown> {
  const temporal = TEMPORAL_PROPERTIES[owner] ?? [];
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined) {
      if (!options.dropNulls) out[name] = null;
      continue;
    }
    out[name] = temporal.includes(name) && typeof value === 'string' ? toTemporal(value) : value;
  }
  return out;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** "2025-03-17" -> date; "2025-03-17T10:00:00Z" -> datetime; anything else is kept as text. */
export function toTemporal(value: string): PropertyValue | object {
  const d = ISO_DATE.exec(value);
  if (d) return new neo4j.types.Date(Number(d[1]), Number(d[2]), Number(d[3]));
  const t = ISO_DATE_TIME.exec(value);
  if (t) {
    const [, y, mo, da, h, mi, s = '0', frac = '', zone = 'Z'] = t;
    const nanos = Number(frac.padEnd(9, '0'));
    let offset = 0;
    if (zone !== 'Z') {
      const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
      offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 3600 + Number(z[3]) * 60);
    }
    return new neo4j.types.DateTime(Number(y), Number(mo), Number(da), Number(h), Number(mi), Number(s), nanos, offset);
  }
  return value;
}
