// Idempotent upserts on the in-memory graph, and merging the graphs of a batch into one.
// Both follow the same rules as the loader's Cypher, so a merged batch graph is what the database
// will hold after loading it: nodes keep their first non-null values and collect aliases; edges
// collect spans and the keys of the articles stating them.
import { MultiDirectedGraph } from 'graphology';
import { edgeKey, type GraphEdgeAttributes, type GraphNodeAttributes, type NodeLabel, type Properties, type RelationshipType } from './model';

export interface ArticleGraphAttributes {
  /** Keys of the articles whose contribution the graph holds. */
  articles: string[];
  /** What could not be placed in the graph (an edge to an entity the article does not define, ...). */
  warnings: string[];
}

export type ArticleGraph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, ArticleGraphAttributes>;

export function createArticleGraph(): ArticleGraph {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, ArticleGraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ articles: [], warnings: [] });
  return graph;
}

/** Adds the node or merges its labels and properties into the existing one. */
export function mergeNode(graph: ArticleGraph, key: string, labels: NodeLabel[], props: Properties): void {
  if (!graph.hasNode(key)) {
    graph.addNode(key, { labels: [...labels], props: { ...props } });
    return;
  }
  graph.updateNodeAttributes(key, (old) => mergeNodeAttributes(old, { labels, props }));
}

/** Adds the edge (keyed by type, ends and identity properties) or merges into the existing one. */
export function mergeEdge(
  graph: ArticleGraph,
  type: RelationshipType,
  source: string,
  target: string,
  props: Properties,
  articles: string[] = [],
): string {
  const key = edgeKey(type, source, target, props);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, { type, props: { ...props }, articles: [...articles] });
  } else {
    graph.updateEdgeAttributes(key, (old) => mergeEdgeAttributes(old, { type, props, articles }));
  }
  return key;
}

/** Merges the graphs of several articles into one, as the loader will write them. */
export function mergeBatch(graphs: ArticleGraph[]): ArticleGraph {
  const batch = createArticleGraph();
  const articles: string[] = [];
  const warnings: string[] = [];
  for (const g of graphs) {
    g.forEachNode((key, attrs) => mergeNode(batch, key, attrs.labels, attrs.props));
    g.forEachEdge((_key, attrs, source, target) => mergeEdge(batch, attrs.type, source, target, attrs.props, attrs.articles));
    articles.push(...g.getAttribute('articles'));
    warnings.push(...g.getAttribute('warnings'));
  }
  batch.replaceAttributes({ articles, warnings });
  return batch;
}

export function mergeNodeAttributes(old: GraphNodeAttributes, incoming: GraphNodeAttributes): GraphNodeAttributes {
  const labels = [...old.labels];
  for (const l of incoming.labels) if (!labels.includes(l)) labels.push(l);
  const props: Properties = { ...old.props };
  for (const [name, value] of Object.entries(incoming.props)) {
    if (name === 'aliases') props.aliases = union(asList(old.props.aliases), asList(value));
    else if (props[name] === null || props[name] === undefined) props[name] = value;
  }
  return { labels, props };
}

export function mergeEdgeAttributes(old: GraphEdgeAttributes, incoming: GraphEdgeAttributes): GraphEdgeAttributes {
  const props: Properties = { ...old.props };
  for (const [name, value] of Object.entries(incoming.props)) {
    if (name === 'spans') props.spans = sortSpans(union(asList(old.props.spans), asList(value)));
    else if (name === 'asOf') props.asOf = latest(old.props.asOf, value);
    else if (value !== null && value !== undefined) props[name] = value;
  }
  if (Array.isArray(props.spans) && 'count' in props) props.count = props.spans.length;
  return { type: old.type, props, articles: union(old.articles, incoming.articles) };
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function union(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/** "start-end" spans in text order. */
export function sortSpans(spans: string[]): string[] {
  return [...spans].sort((x, y) => parseInt(x, 10) - parseInt(y, 10) || x.localeCompare(y));
}

function latest(a: unknown, b: unknown): string | null {
  const xs = [a, b].filter((x): x is string => typeof x === 'string');
  return xs.sort().at(-1) ?? null;
}
