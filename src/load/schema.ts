// The graph's constraints and indexes (cypher/schema.cypher), applied idempotently: every
// statement there says IF NOT EXISTS, so applying twice changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { withSession } from './connection';
import { findRepoRoot } from './server';

export const SCHEMA_FILE = join('cypher', 'schema.cypher');

/**
 * Splits a Cypher script into statements: `;` ends a statement, `//` comments run to the end of
 * the line, and neither counts inside quoted strings or backquoted names. Block comments are
 * dropped too. Returns the statements trimmed, without their `;`.
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end;
    } else if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
      current += ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      // Copy the quoted part whole; a backslash escapes the next character inside strings.
      let j = i + 1;
      while (j < script.length && script[j] !== ch) j += ch !== '`' && script[j] === '\\' ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
    } else if (ch === ';') {
      statements.push(current);
      current = '';
      i += 1;
    } else {
      current += ch;
      i += 1;
    }
  }
  statements.push(current);
  return statements.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
}

/** The statements of cypher/schema.cypher. */
export function schemaStatements(repoRoot: string = findRepoRoot()): string[] {
  const path = join(repoRoot, SCHEMA_FILE);
  let script: string;
  try {
    script = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
  return splitCypherStatements(script);
}

export interface SchemaSummary {
  statements: number;
  constraints: number;
  indexes: number;
}

/**
 * Applies every statement (schema commands cannot share a transaction with each other, so one
 * auto-commit transaction each), then waits until the indexes are online so loading can use them.
 */
export async function applySchema(driver: Driver, statements: string[] = schemaStatements()): Promise<SchemaSummary> {
  return withSession(driver, async (session) => {
    for (const statement of statements) {
      try {
        await session.run(statement);
      } catch (err) {
        throw new Error(`schema statement failed: ${statement}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    // Token lookup indexes exist in every database, and constraints own indexes of their own:
    // count only the indexes the schema creates by itself.
    const indexes = await session.run(
      "SHOW INDEXES YIELD type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN count(*) AS n",
    );
    return {
      statements: statements.length,
      constraints: Number(constraints.records[0].get('n')),
      indexes: Number(indexes.records[0].get('n')),
    };
  });
}
