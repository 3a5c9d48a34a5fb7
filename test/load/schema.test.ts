import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_LABELS } from '../../src/graph/model';
import { schemaStatements, splitCypherStatements } from '../../src/load/schema';
import { findRepoRoot } from '../../src/load/server';

describe('splitCypherStatements', () => {
  it.each([
    ['one statement with its semicolon', 'RETURN 1;', ['RETURN 1']],
    ['the last statement needs no semicolon', 'RETURN 1;\nRETURN 2', ['RETURN 1', 'RETURN 2']],
    ['a line comment is dropped', '// constraints\nRETURN 1; // trailing\n', ['RETURN 1']],
    ['a block comment is dropped', '/* a\n b; */ RETURN 1;', ['RETURN 1']],
    [
      'a statement over several lines is joined',
      'CREATE CONSTRAINT a IF NOT EXISTS\n  FOR (n:A)\n  REQUIRE n.key IS UNIQUE;',
      ['CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.key IS UNIQUE'],
    ],
    ['a semicolon inside single quotes is text', "RETURN 'a;b' AS x; RETURN 2", ["RETURN 'a;b' AS x", 'RETURN 2']],
    ['a semicolon inside double quotes is text', 'RETURN "a;b"; RETURN 2', ['RETURN "a;b"', 'RETURN 2']],
    ['// inside a string is not a comment', "RETURN 'http://x';", ["RETURN 'http://x'"]],
    ['an escaped quote does not end the string', "RETURN 'it\\'s; fine';", ["RETURN 'it\\'s; fine'"]],
    ['a backquoted name may hold a semicolon', 'DROP INDEX `odd;name` IF EXISTS;', ['DROP INDEX `odd;name` IF EXISTS']],
  ])('%s', (_name, script, expected) => {
    expect(splitCypherStatements(script)).toEqual(expected);
  });

  it.each([
    ['an empty script', ''],
    ['only whitespace', ' \n\t '],
    ['only comments', '// nothing\n/* still nothing */\n'],
    ['only semicolons', ';;\n;'],
  ])('finds no statement in %s', (_name, script) => {
    expect(splitCypherStatements(script)).toEqual([]);
  });
});

describe('cypher/schema.cypher', () => {
  const statements = schemaStatements();
  // MediaOutlet nodes are Organization nodes too and share that label's key.
  const keyedLabels = NODE_LABELS.filter((label) => label !== 'MediaOutlet');

  it.each(keyedLabels)('has a unique key constraint for %s', (label) => {
    const pattern = new RegExp(`^CREATE CONSTRAINT \\w+ IF NOT EXISTS FOR \\(n:${label}\\) REQUIRE n\\.key IS UNIQUE$`);
    expect(statements.filter((s) => pattern.test(s))).toHaveLength(1);
  });

  it('creates everything only if it does not exist, so applying twice changes nothing', () => {
    expect(statements.length).toBeGreaterThan(keyedLabels.length);
    for (const statement of statements) expect(statement).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS /);
  });

  it('gives every constraint and index a distinct name', () => {
    const names = statements.map((s) => /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+)/.exec(s)?.[1]);
    expect(new Set(names).size).toBe(statements.length);
  });

  it('indexes the article lookups that loading relies on', () => {
    expect(statements).toContain('CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)');
    expect(statements).toContain('CREATE INDEX article_source_path IF NOT EXISTS FOR (n:Article) ON (n.sourcePath)');
  });

  it('is read from the repository', () => {
    const text = readFileSync(join(findRepoRoot(), 'cypher', 'schema.cypher'), 'utf8');
    expect(splitCypherStatements(text)).toEqual(statements);
  });
});
