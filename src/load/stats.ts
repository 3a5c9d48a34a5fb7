// Counts by label and relationship type (answered from Neo4j's count store, so cheap on any size).
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../graph/model';
import { toPlain } from './values';

export interface GraphStats {
  nodes: number;
  relationships: number;
  byLabel: Record<NodeLabel, number>;
  byType: Record<RelationshipType, number>;
}

export async function graphStats(driver: Driver): Promise<GraphStats> {
  const session = driver.session();
  try {
    return await session.executeRead(async (tx) => {
      const count = async (cypher: string) => Number(toPlain((await tx.run(cypher)).records[0].get('n')));
      const byLabel = {} as Record<NodeLabel, number>;
      for (const label of NODE_LABELS) byLabel[label] = await count(`MATCH (x:${label}) RETURN count(x) AS n`);
      const byType = {} as Record<RelationshipType, number>;
      for (const type of RELATIONSHIP_TYPES) byType[type] = await count(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
      return {
        nodes: await count('MATCH (x) RETURN count(x) AS n'),
        relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
        byLabel,
        byType,
      };
    });
  } finally {
    await session.close();
  }
}

export function formatStats(stats: GraphStats): string {
  const width = Math.max(...[...NODE_LABELS, ...RELATIONSHIP_TYPES].map((x) => x.length));
  const line = (name: string, n: number) => `  ${name.padEnd(width)}  ${String(n).padStart(8)}`;
  return [
    `nodes ${stats.nodes}`,
    ...NODE_LABELS.map((l) => line(l, stats.byLabel[l])),
    `relationships ${stats.relationships}`,
    ...RELATIONSHIP_TYPES.map((t) => line(t, stats.byType[t])),
  ].join('\n');
}
