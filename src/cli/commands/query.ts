// `newsgraph query <name|file.cypher> [--param k=v ...] [--json]`: run an analyst query of cypher/
// (or any .cypher file with the same header) and print a table, or JSON Lines with --json.
import type { Command } from 'commander';
import { closeDriver, openDriver } from '../../load/connection';
import { ANALYST_QUERIES, describeParams, formatTable, loadQuery, resolveQuery, runQuery } from '../../load/queries';

function collectParam(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new Error(`--param wants name=value, not "${value}"`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a named analyst query (see --list) or a .cypher file, and print its rows')
    .argument('[name]', 'query name, or path of a .cypher file')
    .option('-p, --param <name=value>', 'a query parameter (repeatable)', collectParam, {})
    .option('--json', 'print one JSON object per row (JSON Lines)')
    .option('--list', 'list the named queries with their questions and parameters')
    .action(async (name: string | undefined, flags: { param: Record<string, string>; json?: boolean; list?: boolean }) => {
      if (flags.list || !name) {
        for (const n of ANALYST_QUERIES) {
          const q = loadQuery(n);
          process.stdout.write(`${n}\n    ${q.question}\n    params: ${describeParams(q) || 'none'}\n`);
        }
        return;
      }
      const query = resolveQuery(name);
      try {
        const result = await runQuery(await openDriver({ log: (l) => process.stderr.write(`newsgraph: ${l}\n`) }), query, flags.param);
        if (flags.json) for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
        else process.stdout.write(`${formatTable(result)}\n`);
      } finally {
        await closeDriver();
      }
    });
}
