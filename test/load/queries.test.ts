import neo4j from 'neo4j-driver';
import { readdirSync } from 'node:fs';
import { ANALYST_QUERIES, CYPHER_DIR, bindParams, formatTable, loadQuery, resolveQuery } from '../../src/load/queries';

describe('analyst queries', () => {
  it('every named query has its file and every query file is named', () => {
    const files = readdirSync(CYPHER_DIR)
      .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
      .map((f) => f.replace(/\.cypher$/, ''))
      .sort();
    expect(files).toEqual([...ANALYST_QUERIES].sort());
    expect(ANALYST_QUERIES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(ANALYST_QUERIES.map((q) => [q]))('%s has a header: its question and described parameters', (name) => {
    const q = loadQuery(name);
    expect(q.name).toBe(name);
    expect(q.question).toMatch(/\?$/);
    for (const p of q.params) {
      expect(p.description.length).toBeGreaterThan(5);
      expect(q.cypher).toContain(`$${p.name}`);
    }
  });

  it('converts command-line strings by the declared types', () => {
    const q = loadQuery('events-in-date-range');
    const bound = bindParams(q, { from: '2025-03-01', to: '2025-03-31' });
    expect(neo4j.isDate(bound.from as object)).toBe(true);
    const top = bindParams(loadQuery('most-quoted-speakers'), {});
    expect(neo4j.isInt(top.limit)).toBe(true);
    expect(String(top.limit)).toBe('10');
    expect(bindParams(loadQuery('people-mentioned-together'), {})).toEqual({ person: null, minArticles: neo4j.int(1) });
  });

  it.each([
    ['a missing parameter', 'who-said-what-about', {}, /needs --param entity/],
    ['an unknown parameter', 'provenance', { key: 'x', nope: '1' }, /unknown parameter "nope"/],
    ['a bad date', 'events-in-date-range', { from: 'soon', to: '2025-01-01' }, /not of type date/],
    ['a bad int', 'most-quoted-speakers', { limit: 'ten' }, /not of type int/],
  ])('rejects %s', (_name, query, params, message) => {
    expect(() => bindParams(resolveQuery(query), params)).toThrow(message);
  });

  it('rejects an unknown query name with the list of names', () => {
    expect(() => resolveQuery('who-said')).toThrow(/who-said-what-about/);
  });

  it('prints a readable table', () => {
    const table = formatTable({ columns: ['speaker', 'quotes'], rows: [{ speaker: 'Alexander Grushko', quotes: 4 }, { speaker: 'Emmanuel Macron', quotes: 3 }] });
    expect(table.split('\n')).toEqual([
      'speaker           | quotes',
      '------------------+-------',
      'Alexander Grushko | 4',
      'Emmanuel Macron   | 3',
      '(2 rows)',
    ]);
    expect(formatTable({ columns: [], rows: [] })).toBe('(no rows)');
  });
});
