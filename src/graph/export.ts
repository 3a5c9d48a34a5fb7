// Serialising a graph for other tools: GEXF (graphology-gexf's writer, for Gephi), GraphML (a small
// writer here: graphology-graphml 0.5 only parses) and graphology's own JSON format.
import { write as writeGexf } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import type { ArticleGraph } from './merge';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Flat = Record<string, string | number | boolean>;

export function serializeGraph(graph: ArticleGraph, format: ExportFormat): string {
  if (format === 'json') return JSON.stringify(graph.export());
  const flat = flatten(graph);
  if (format === 'gexf') {
    return writeGexf(flat, {
      formatNode: (_key, attrs) => ({ label: String(attrs.caption ?? ''), attributes: attrs }),
      formatEdge: (_key, attrs) => ({ label: String(attrs.type), attributes: attrs }),
    });
  }
  return writeGraphml(flat);
}

/** One level of scalar attributes per node and edge: lists become JSON text, nulls are left out. */
function flatten(graph: ArticleGraph): MultiDirectedGraph<Flat, Flat> {
  const flat = new MultiDirectedGraph<Flat, Flat>();
  graph.forEachNode((key, attrs) => {
    const props = scalars(attrs.props);
    const caption = props.name ?? props.title ?? props.label ?? props.text ?? key;
    flat.addNode(key, { labels: attrs.labels.join(':'), caption: String(caption).slice(0, 80), ...props });
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const props = scalars(attrs.props);
    if (attrs.articles.length) props.articles = JSON.stringify(attrs.articles);
    flat.addDirectedEdgeWithKey(key, source, target, { type: attrs.type, ...props });
  });
  return flat;
}

function scalars(props: Record<string, unknown>): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  }
  return out;
}

function writeGraphml(graph: MultiDirectedGraph<Flat, Flat>): string {
  const keys = new Map<string, { id: string; domain: 'node' | 'edge'; name: string; type: string }>();
  const declare = (domain: 'node' | 'edge', attrs: Flat) => {
    for (const [name, v] of Object.entries(attrs)) {
      const id = `${domain === 'node' ? 'n' : 'e'}_${name}`;
      if (keys.has(id)) continue;
      const type = typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'long' : 'double') : 'string';
      keys.set(id, { id, domain, name, type });
    }
  };
  graph.forEachNode((_k, a) => declare('node', a));
  graph.forEachEdge((_k, a) => declare('edge', a));
  const data = (domain: 'n' | 'e', attrs: Flat) =>
    Object.entries(attrs)
      .map(([name, v]) => `<data key="${xml(`${domain}_${name}`)}">${xml(String(v))}</data>`)
      .join('');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys.values()].map((k) => `<key id="${xml(k.id)}" for="${k.domain}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    '<graph edgedefault="directed">',
  ];
  graph.forEachNode((key, attrs) => out.push(`<node id="${xml(key)}">${data('n', attrs)}</node>`));
  graph.forEachEdge((key, attrs, source, target) =>
    out.push(`<edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">${data('e', attrs)}</edge>`),
  );
  out.push('</graph>', '</graphml>', '');
  return out.join('\n');
}

function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
