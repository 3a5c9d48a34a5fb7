// The analyst queries of cypher/, one per file, by a typed index: `loadQuery('provenance')`
// compiles, `loadQuery('provenace')` does not. Each file starts with a header comment:
//
//   // <name>: <the question it answers>
//   // <more explanation>
//   // @param <name> <string|int|float|date|boolean>[ = <default>]  <what it is>
//
// and the header's @param lines decide how `--param k=v` strings are converted.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { toTemporal } from './statements';
import { toPlain } from './values';

export const ANALYST_QUERIES = [
  'who-said-what-about',
  'person-quotes-with-sources',
  'stances-by-country',
  'events-in-date-range',
  'entity-timeline',
  'people-mentioned-together',
  'outlets-citing-source',
  'same-story-clusters',
  'most-quoted-speakers',
  'events-organised-by-country',
  'opposite-stances',
  'provenance',
] as const;
export type AnalystQueryName = (typeof ANALYST_QUERIES)[number];

/** Where the .cypher files live: the same relative place from src/load and dist/load. */
export const CYPHER_DIR = resolve(__dirname, '../../cypher');

export type ParamType = 'string' | 'int' | 'float' | 'date' | 'boolean';

export interface QueryParam {
  name: string;
  type: ParamType;
  /** Undefined when the parameter is required; null is a valid default. */
  defaultValue?: unknown;
  description: string;
}

export interface AnalystQuery {
  name: string;
  question: string;
  description: string;
  params: QueryParam[];
  cypher: string;
  path: string;
}

export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

export function isAnalystQueryName(value: string): value is AnalystQueryName {
  return (ANALYST_QUERIES as readonly string[]).includes(value);
}

export function loadQuery(name: AnalystQueryName): AnalystQuery {
  return loadQueryFile(resolve(CYPHER_DIR, `${name}.cypher`));
}

/** A named query of cypher/, or any .cypher file with the same kind of header. */
export function resolveQuery(nameOrFile: string): AnalystQuery {
  if (isAnalystQueryName(nameOrFile)) return loadQuery(nameOrFile);
  if (nameOrFile.endsWith('.cypher') && existsSync(nameOrFile)) return loadQueryFile(nameOrFile);
  throw new QueryError(
    `queries.resolveQuery: no query named "${nameOrFile}". Use one of: ${ANALYST_QUERIES.join(', ')}, or the path of a .cypher file.`,
  );
}

export function loadQueryFile(path: string): AnalystQuery {
  const text = readFileSync(path, 'utf8');
  const header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    header.push(line.replace(/^\/\/\s?/, ''));
  }
  const [first = '', ...rest] = header;
  const title = /^([\w-]+):\s*(.*)$/.exec(first);
  const params: QueryParam[] = [];
  const description: string[] = [];
  for (const line of rest) {
    const p = /^@param\s+(\w+)\s+(string|int|float|date|boolean)(?:\s*=\s*(\S+))?\s*(.*)$/.exec(line);
    if (p) {
      const param: QueryParam = { name: p[1], type: p[2] as ParamType, description: p[4].trim() };
      if (p[3] !== undefined) param.defaultValue = p[3] === 'null' ? null : coerce(param, p[3]);
      params.push(param);
    } else if (line.startsWith('@param')) {
      throw new QueryError(`queries.loadQueryFile: ${path}: cannot read "${line}". Write "@param <name> <string|int|float|date|boolean>[ = default] <description>".`);
    } else description.push(line);
  }
  return {
    name: title?.[1] ?? basename(path, '.cypher'),
    question: title?.[2] ?? first,
    description: description.join(' ').trim(),
    params,
    cypher: text,
    path,
  };
}

/** Turns given values (strings from the command line, or typed values) into driver parameters. */
export function bindParams(query: AnalystQuery, given: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(query.params.map((p) => p.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      throw new QueryError(`query ${query.name}: unknown parameter "${name}". It takes: ${describeParams(query) || 'no parameters'}.`);
    }
  }
  const bound: Record<string, unknown> = {};
  for (const p of query.params) {
    if (given[p.name] !== undefined) bound[p.name] = coerce(p, given[p.name]);
    else if (p.defaultValue !== undefined) bound[p.name] = p.defaultValue;
    else throw new QueryError(`query ${query.name} needs --param ${p.name}=<${p.type}>: ${p.description}`);
  }
  return bound;
}

export function describeParams(query: AnalystQuery): string {
  return query.params.map((p) => `${p.name} (${p.type}${p.defaultValue !== undefined ? `, default ${String(p.defaultValue)}` : ''})`).join(', ');
}

function coerce(param: QueryParam, value: unknown): unknown {
  if (typeof value !== 'string') {
    if (param.type === 'int' && typeof value === 'number') return neo4j.int(value);
    return value;
  }
  const bad = () => new QueryError(`parameter ${param.name}: "${value}" is not of type ${param.type}`);
  switch (param.type) {
    case 'string':
      return value;
    case 'int':
      if (!/^-?\d+$/.test(value)) throw bad();
      return neo4j.int(value);
    case 'float':
      if (Number.isNaN(Number(value))) throw bad();
      return Number(value);
    case 'boolean':
      if (!/^(true|false)$/i.test(value)) throw bad();
      return value.toLowerCase() === 'true';
    case 'date': {
      const d = toTemporal(value);
      if (typeof d === 'string') throw bad();
      return d;
    }
  }
}

export interface QueryRows {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Runs a query in a read transaction and returns plain rows (numbers, ISO dates, lists). */
export async function runQuery(driver: Driver, query: AnalystQuery, given: Record<string, unknown> = {}): Promise<QueryRows> {
  const params = bindParams(query, given);
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(query.cypher, params));
    const columns = result.records[0]?.keys.map(String) ?? [];
    const rows = result.records.map((r) => {
      const row: Record<string, unknown> = {};
      for (const k of r.keys) row[String(k)] = toPlain(r.get(k));
      return row;
    });
    return { columns, rows };
  } finally {
    await session.close();
  }
}

/** A readable fixed-width table; long cells are cut with an ellipsis. */
export function formatTable(result: QueryRows, maxWidth = 60): string {
  if (!result.rows.length) return '(no rows)';
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat;
  };
  const cells = result.rows.map((r) => result.columns.map((c) => cell(r[c])));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join(' | ').trimEnd();
  return [line(result.columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line), `(${result.rows.length} rows)`].join('\n');
}
