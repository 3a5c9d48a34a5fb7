// The plans Neo4j makes for the loader's relationship statements: no Eager operator. An Eager
// (which the planner adds after `SET r = row.props` or `SET r += row.props`) holds every row of a
// statement in memory before writing any, on the statements that write the most rows.
import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '../../src/graph/model';
import { withSession } from '../../src/load/connection';
import { applySchema } from '../../src/load/schema';
import { relationshipCypher } from '../../src/load/statements';
import { useEmptyDatabase } from './neo4j';

const db = useEmptyDatabase();

beforeAll(async () => {
  await applySchema(db.driver());
});

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

async function operators(driver: Driver, cypher: string): Promise<string[]> {
  const result = await withSession(driver, (session) => session.run(`EXPLAIN ${cypher}`, { batch: { rows: [] } }));
  const names: string[] = [];
  const walk = (node: PlanNode) => {
    names.push(node.operatorType.replace(/@.*$/, ''));
    node.children.forEach(walk);
  };
  walk(result.summary.plan as unknown as PlanNode);
  return names;
}

describe('relationship statement plans', () => {
  it.each(RELATIONSHIP_TYPES.map((t) => [t]))('%s: looks its ends up by element id and has no Eager', async (type) => {
    const plan = await operators(db.driver(), relationshipCypher(type));
    expect(plan.filter((op) => op === 'NodeByElementIdSeek')).toHaveLength(2);
    expect(plan).not.toContain('Eager');
    expect(plan.some((op) => op === 'Create' || op === 'LockingMerge' || op === 'Merge')).toBe(true);
  });
});
