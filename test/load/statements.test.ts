import neo4j from 'neo4j-driver';
import { buildArticleGraph } from '../../src/graph/build';
import { mergeBatch, mergeEdge } from '../../src/graph/merge';
import { NODE_LABELS, RELATIONSHIPS, RELATIONSHIP_TYPES } from '../../src/graph/model';
import {
  bindEnds,
  graphStatements,
  groupByStart,
  nodeCypher,
  relationshipCypher,
  toTemporal,
} from '../../src/load/statements';
import { fixtureExtraction } from '../graph/fixture';

describe('graphStatements', () => {
  const statements = graphStatements(buildArticleGraph(fixtureExtraction()));

  it('writes nodes before relationships, one UNWIND statement per group', () => {
    const kinds = statements.map((s) => s.kind);
    expect(kinds.lastIndexOf('node')).toBeLessThan(kinds.indexOf('relationship'));
    for (const s of statements) expect(s.cypher).toMatch(/^UNWIND \$batch\.rows AS \w+\n/);
  });

  it('passes every value as a parameter', () => {
    for (const s of statements) {
      expect(s.cypher).not.toMatch(/Grushko|Izvestia|2025|article:fixture/);
    }
  });

  it('turns dates into Neo4j dates', () => {
    const article = statements.find((s) => s.name === 'Article')!;
    const props = article.rows[0].props as Record<string, unknown>;
    expect(neo4j.isDate(props.publishedAt as object)).toBe(true);
    expect(String(props.publishedAt)).toBe('2025-03-17');
    const role = statements.find((s) => s.name === 'HOLDS_ROLE')!;
    expect(String((role.rows[0].props as Record<string, unknown>).asOf)).toBe('2025-03-17');
  });

  it('puts the article list on shared facts only', () => {
    const said = statements.find((s) => s.name === 'SAID')!;
    expect(said.rows[0].articles).toEqual(['article:fixture-1']);
    const mentions = statements.find((s) => s.name === 'MENTIONS')!;
    expect(mentions.rows[0].articles).toBeUndefined();
  });
});

describe('bindEnds', () => {
  it('names relationship ends by the element ids the node statements returned', () => {
    const ids = new Map([['person:a', '4:x:1'], ['quote:q', '4:x:2']]);
    expect(bindEnds([{ from: 'person:a', to: 'quote:q', props: {} }], ids)).toEqual([{ from: '4:x:1', to: '4:x:2', props: {} }]);
  });

  it('refuses an end that no node statement wrote', () => {
    expect(() => bindEnds([{ from: 'person:a', to: 'quote:missing' }], new Map([['person:a', '1']]))).toThrow(/quote:missing/);
  });
});

describe('graphStatements over a batch', () => {
  const one = buildArticleGraph(fixtureExtraction());
  const two = buildArticleGraph(fixtureExtraction({ key: 'article:fixture-2', sourcePath: 'fixtures/copy.txt' }));
  const rowsOf = (statements: ReturnType<typeof graphStatements>) =>
    Object.fromEntries(statements.map((s) => [s.name, [...s.rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))]));

  it('writes the same rows as the merged batch graph', () => {
    expect(rowsOf(graphStatements([one, two]))).toEqual(rowsOf(graphStatements(mergeBatch([one, two]))));
  });

  it('writes each shared node and fact once, with the articles stating it', () => {
    const said = graphStatements([one, two]).find((s) => s.name === 'SAID')!;
    expect(said.rows).toHaveLength(1);
    expect(said.rows[0].articles).toEqual(['article:fixture-1', 'article:fixture-2']);
    const people = graphStatements([one, two]).find((s) => s.name === 'Person')!;
    expect(new Set(people.rows.map((r) => r.key)).size).toBe(people.rows.length);
  });

  it('refuses an edge property outside the fixed list, naming it', () => {
    const graph = buildArticleGraph(fixtureExtraction());
    const quote = graph.filterNodes((_k, a) => a.labels[0] === 'Quote')[0];
    mergeEdge(graph, 'REPORTED_IN', quote, 'article:fixture-1', { start: 1, end: 2, 'x}]->() DETACH DELETE (b': 1 });
    expect(() => graphStatements(graph)).toThrow(/REPORTED_IN edges have no property "x\}\]->\(\) DETACH DELETE \(b"/);
  });
});

describe('groupByStart', () => {
  it('carries the edges of each start node in columns, keeping their order', () => {
    const rows = [
      { from: '1', to: '2', props: { count: 1, spans: ['0-3'] } },
      { from: '3', to: '2', props: { count: 2, spans: ['4-5', '9-10'] } },
      { from: '1', to: '4', props: { spans: ['7-8'] } },
    ];
    expect(groupByStart('MENTIONS', rows)).toEqual([
      { from: '1', to: ['2', '4'], props: { count: [1, null], spans: [['0-3'], ['7-8']] } },
      { from: '3', to: ['2'], props: { count: [2], spans: [['4-5', '9-10']] } },
    ]);
  });

  it('adds the article lists of shared facts', () => {
    const rows = [
      { from: '1', to: '2', props: { role: 'host' }, articles: ['article:a'] },
      { from: '1', to: '3', props: { role: 'participant' }, articles: ['article:a', 'article:b'] },
    ];
    expect(groupByStart('PARTICIPATED_IN', rows)).toEqual([
      { from: '1', to: ['2', '3'], props: { role: ['host', 'participant'] }, articles: [['article:a'], ['article:a', 'article:b']] },
    ]);
  });

  it('gives no rows for no edges', () => {
    expect(groupByStart('SAID', [])).toEqual([]);
  });
});

describe('generated Cypher', () => {
  it.each(NODE_LABELS.map((l) => [l]))('node statement for %s merges on key', (label) => {
    expect(nodeCypher([label])).toContain(`MERGE (n:${label} {key: row.key})`);
  });

  it.each(RELATIONSHIP_TYPES.map((t) => [t]))('relationship statement for %s', (type) => {
    expect(relationshipCypher(type)).toContain(`[r:${type}`);
  });

  // Edges of an Article are created (writeGroup detached all of them first); facts other articles may
  // also state are merged, so they are never duplicated.
  it.each(RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIPS[t].provenance === 'article' && t !== 'SAME_STORY_AS' ? 'CREATE' : 'MERGE']))(
    '%s edges are written with %s',
    (type, verb) => {
      expect(relationshipCypher(type)).toContain(`${verb} (a)-[r:${type}`);
      expect(relationshipCypher(type)).not.toContain(`${verb === 'CREATE' ? 'MERGE' : 'CREATE'} (a)`);
    },
  );

  // `SET r = row.props` (or +=) made the planner add an Eager operator, which holds every row of
  // the statement before writing any; properties are written by name instead (the integration
  // suite checks the plans themselves).
  it.each(RELATIONSHIP_TYPES.map((t) => [t]))('%s statement names each of its properties and sets no whole map', (type) => {
    const cypher = relationshipCypher(type);
    expect(cypher).not.toMatch(/SET r \+?= /);
    for (const p of RELATIONSHIPS[type].properties) expect(cypher).toContain(`start.props.${p}[i]`);
  });

  it.each([['Person'], ['Country'], ['Organization'], ['Place']])('%s statement writes only changed properties and new aliases', (label) => {
    const cypher = nodeCypher([label as 'Person']);
    expect(cypher).toContain('n[k] <> row.props[k]');
    expect(cypher).toContain('NOT x IN coalesce(n.aliases, [])');
    expect(cypher).not.toContain('SET n += row.props');
  });

  it.each([['Person; DROP'], ['Unknown']])('refuses a label outside the fixed list: %s', (label) => {
    expect(() => nodeCypher([label as 'Person'])).toThrow(/unknown label/);
  });

  it('refuses a relationship type outside the fixed list', () => {
    expect(() => relationshipCypher('KNOWS' as 'SAID')).toThrow(/unknown relationship type/);
  });
});

describe('toTemporal', () => {
  it.each([
    ['2025-03-17', '2025-03-17'],
    ['2025-03-17T10:30:00Z', '2025-03-17T10:30:00Z'],
    ['2025-03-17T10:30:00+02:00', '2025-03-17T10:30:00+02:00'],
  ])('%s', (input, expected) => {
    expect(String(toTemporal(input))).toBe(expected);
  });

  it.each([['March 2025'], ['2025-W11'], ['']])('keeps %j as text', (input) => {
    expect(toTemporal(input)).toBe(input);
  });
});
