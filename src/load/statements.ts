// Turns article graphs into batched, parameterised Cypher: one `UNWIND $batch.rows AS row MERGE ...`
// statement per label set and per relationship type. Labels and types are
// spliced into the text only from the fixed lists of src/graph/model.ts; every value is a parameter.
import neo4j from 'neo4j-driver';
import { mergeEdgeAttributes, mergeNodeAttributes, type ArticleGraph } from '../graph/merge';
import {
  ALIAS_LABELS,
  RELATIONSHIPS,
  TEMPORAL_PROPERTIES,
  edgeKey,
  isNodeLabel,
  isRelationshipType,
  primaryLabel,
  type GraphEdgeAttributes,
  type GraphNodeAttributes,
  type NodeLabel,
  type Properties,
  type PropertyValue,
  type RelationshipType,
} from '../graph/model';

export interface NodeStatement {
  /** What the statement writes, for error messages: a label set ("Organization:MediaOutlet"). */
  name: string;
  kind: 'node';
  cypher: string;
  rows: Record<string, unknown>[];
}

export interface RelationshipStatement {
  /** The relationship type, also used in error messages. */
  name: RelationshipType;
  kind: 'relationship';
  cypher: string;
  /** One row per edge, `{ from, to, props, articles? }` with ends named by node key (see bindEnds). */
  rows: Record<string, unknown>[];
}

export type Statement = NodeStatement | RelationshipStatement;


/**
 * Statements that write every node, then every relationship, of the graphs: one article's graph
 * or the graphs of a batch. A batch is merged here (same rules as graph/merge's mergeBatch: one
 * row per node and per edge, properties and article lists combined), straight into rows, which
 * costs a fraction of building a merged graphology graph first.
 */
export function graphStatements(graphs: ArticleGraph | readonly ArticleGraph[]): Statement[] {
  const nodes = new Map<string, GraphNodeAttributes>();
  const edges = new Map<string, { source: string; target: string; attrs: GraphEdgeAttributes }>();
  const list = (Array.isArray(graphs) ? graphs : [graphs]) as readonly ArticleGraph[];
  for (const graph of list) {
    graph.forEachNode((key, attrs) => {
      const old = nodes.get(key);
      nodes.set(key, old ? mergeNodeAttributes(old, attrs) : attrs);
    });
    graph.forEachEdge((_key, attrs, source, target) => {
      const key = edgeKey(attrs.type, source, target, attrs.props);
      const old = edges.get(key);
      edges.set(key, { source, target, attrs: old ? mergeEdgeAttributes(old.attrs, attrs) : attrs });
    });
  }

  const nodeGroups = new Map<string, { labels: NodeLabel[]; rows: Record<string, unknown>[] }>();
  for (const [key, attrs] of nodes) {
    const id = attrs.labels.join(':');
    const group = nodeGroups.get(id) ?? { labels: attrs.labels, rows: [] };
    nodeGroups.set(id, group);
    group.rows.push(nodeRow(key, attrs.labels, attrs.props));
  }

  const edgeGroups = new Map<RelationshipType, Record<string, unknown>[]>();
  for (const { source, target, attrs } of edges.values()) {
    const rows = edgeGroups.get(attrs.type) ?? [];
    edgeGroups.set(attrs.type, rows);
    const row: Record<string, unknown> = { from: source, to: target, props: edgeProperties(attrs) };
    if (RELATIONSHIPS[attrs.type].provenance === 'shared') row.articles = attrs.articles;
    rows.push(row);
  }

  const statements: Statement[] = [];
  for (const g of nodeGroups.values()) {
    statements.push({ name: g.labels.join(':'), kind: 'node', cypher: nodeCypher(g.labels), rows: g.rows });
  }
  for (const [type, rows] of edgeGroups) {
    statements.push({ name: type, kind: 'relationship', cypher: relationshipCypher(type), rows });
  }
  return statements;
}

function edgeProperties(attrs: GraphEdgeAttributes): Record<string, unknown> {
  const allowed: readonly string[] = RELATIONSHIPS[attrs.type].properties;
  for (const name of Object.keys(attrs.props)) {
    if (!allowed.includes(name)) {
      throw new Error(`statements: ${attrs.type} edges have no property "${name}". Add it to RELATIONSHIPS (src/graph/model.ts) and spec/graph-model.md first.`);
    }
  }
  return toParameters(attrs.type, attrs.props, { dropNulls: true });
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

/** The edges of one start node, in columns: the i-th edge goes to `to[i]` and has `props.<name>[i]`. */
export interface StartGroup {
  from: string;
  to: string[];
  props: Record<string, unknown[]>;
  /** For shared facts: the keys of the articles stating each edge. */
  articles?: string[][];
}

/**
 * Bound relationship rows grouped by their start node, so the statement looks the start node up
 * once instead of once per edge (an Article has dozens of MENTIONS, a Person many SAID edges), and
 * laid out in columns (one list per property) rather than one map per edge: the driver's cost of
 * sending a parameter grows with the number of maps and lists in it far more than with its size,
 * and per-edge maps made MENTIONS alone the most expensive parameter to send.
 */
export function groupByStart(type: RelationshipType, rows: Record<string, unknown>[]): StartGroup[] {
  const names = RELATIONSHIPS[type].properties;
  const shared = RELATIONSHIPS[type].provenance === 'shared';
  const groups = new Map<string, StartGroup>();
  for (const row of rows) {
    const from = row.from as string;
    let group = groups.get(from);
    if (!group) {
      group = { from, to: [], props: Object.fromEntries(names.map((name) => [name, []])) };
      if (shared) group.articles = [];
      groups.set(from, group);
    }
    group.to.push(row.to as string);
    const props = (row.props ?? {}) as Record<string, unknown>;
    for (const name of names) group.props[name].push(props[name] ?? null);
    group.articles?.push((row.articles ?? []) as string[]);
  }
  return [...groups.values()];
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
  const lines = ['UNWIND $batch.rows AS row', `MERGE (n:${primary} {key: row.key})`];
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
  const properties = RELATIONSHIPS[type].properties;
  const value = (p: string) => `start.props.${p}[i]`;
  const identity = spec.identity.map((p) => `${p}: ${value(p)}`).join(', ');
  const others = properties.filter((p) => !(spec.identity as readonly string[]).includes(p));
  // Rows are the edges of one start node each, in columns (groupByStart): the start is found once,
  // then each of its edges by position.
  const lines = [
    'UNWIND $batch.rows AS start',
    'MATCH (a) WHERE elementId(a) = start.from',
    'UNWIND range(0, size(start.to) - 1) AS i',
    'MATCH (b) WHERE elementId(b) = start.to[i]',
  ];
  if (spec.provenance === 'article' && type !== 'SAME_STORY_AS') {
    // An edge to or from an Article of the group: the loader has removed every edge of those
    // Articles earlier in the same transaction (writeGroup), so it cannot exist yet and CREATE
    // saves MERGE's look-up and lock upgrade on the busiest relationship types (MENTIONS, REPORTED_IN).
    // (SAME_STORY_AS joins two articles, one possibly not in the group: it is always merged.)
    // A missing (null) value creates no property, as `SET r = row.props` did.
    const all = properties.map((p) => `${p}: ${value(p)}`).join(', ');
    lines.push(`CREATE (a)-[r:${type}${all ? ` {${all}}` : ''}]->(b)`);
  } else {
    lines.push(`MERGE (a)-[r:${type}${identity ? ` {${identity}}` : ''}]->(b)`);
    if (spec.provenance === 'shared') {
      // Several articles may state the same fact: keep the latest `asOf`, and the list of articles.
      // Values a row lacks leave the stored ones alone (as `SET r += row.props` did).
      const onCreate = [...others.map((p) => `r.${p} = ${value(p)}`), 'r.articles = start.articles[i]'];
      const onMatch = [
        ...others.map((p) =>
          p === 'asOf'
            ? `r.asOf = CASE WHEN r.asOf IS NULL OR ${value(p)} > r.asOf THEN ${value(p)} ELSE r.asOf END`
            : `r.${p} = coalesce(${value(p)}, r.${p})`,
        ),
        // Rows come from a merged batch, so an edge's article list has no repeats; only new keys are appended.
        'r.articles = coalesce(r.articles, []) + [x IN start.articles[i] WHERE NOT x IN coalesce(r.articles, [])]',
      ];
      lines.push(`ON CREATE SET ${onCreate.join(', ')}`, `ON MATCH SET ${onMatch.join(', ')}`);
    } else if (others.length) {
      // One article's edge (EVIDENCED_BY): its values replace the stored ones, missing ones included.
      lines.push(`SET ${others.map((p) => `r.${p} = ${value(p)}`).join(', ')}`);
    }
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
