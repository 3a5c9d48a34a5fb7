// Reads the whole graph from Neo4j into graphology, for `newsgraph export`.
import type { Driver } from 'neo4j-driver';
import { createArticleGraph, mergeEdge, mergeNode, type ArticleGraph } from '../graph/merge';
import { isNodeLabel, isRelationshipType, type NodeLabel, type Properties } from '../graph/model';
import { toPlain } from './values';

export async function readGraph(driver: Driver): Promise<ArticleGraph> {
  const graph = createArticleGraph();
  const session = driver.session();
  try {
    await session.executeRead(async (tx) => {
      const nodes = await tx.run('MATCH (n) WHERE n.key IS NOT NULL RETURN n.key AS key, labels(n) AS labels, properties(n) AS props');
      for (const r of nodes.records) {
        const labels = (r.get('labels') as string[]).filter(isNodeLabel) as NodeLabel[];
        // Organization first: it carries the key constraint of MediaOutlet nodes.
        labels.sort((a, b) => (a === 'MediaOutlet' ? 1 : b === 'MediaOutlet' ? -1 : 0));
        const { key: _key, ...props } = toPlain(r.get('props')) as Properties;
        if (labels.length) mergeNode(graph, r.get('key'), labels, props);
      }
      const rels = await tx.run(
        'MATCH (a)-[r]->(b) WHERE a.key IS NOT NULL AND b.key IS NOT NULL RETURN a.key AS from, b.key AS to, type(r) AS type, properties(r) AS props',
      );
      for (const r of rels.records) {
        const type = r.get('type') as string;
        if (!isRelationshipType(type) || !graph.hasNode(r.get('from')) || !graph.hasNode(r.get('to'))) continue;
        const { articles, ...props } = toPlain(r.get('props')) as Properties;
        mergeEdge(graph, type, r.get('from'), r.get('to'), props, Array.isArray(articles) ? articles.map(String) : []);
      }
    });
    return graph;
  } finally {
    await session.close();
  }
}
