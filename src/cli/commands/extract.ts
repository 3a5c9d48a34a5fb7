// `newsgraph extract <paths...> --json`: every stage up to the database, one JSON record per article.
import type { Command } from 'commander';
import { extractBatch } from '../../pipeline';
import { today } from '../today';

interface ExtractFlags {
  json?: boolean;
  maxBytes: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, dates, quotes, events and stances; nothing is written to Neo4j')
    .argument('<paths...>', 'files or folders (.txt, .html, .json, .jsonl, and .gz of them)')
    .option('--json', 'print one JSON record per article (JSON Lines), as in spec/extract-json.md')
    .option('--max-bytes <n>', 'largest input file accepted', String(50 * 1024 * 1024))
    .action(async (paths: string[], flags: ExtractFlags) => {
      const { extractions, errors } = await extractBatch(paths, { ingestDate: today(), maxBytes: Number(flags.maxBytes) });
      for (const x of extractions) {
        if (flags.json) process.stdout.write(`${JSON.stringify(x)}\n`);
        else {
          process.stdout.write(
            `${x.article.sourcePath}: ${x.entities.length} entities, ${x.dates.length} dates, ` +
              `${x.quotes.length} quotes, ${x.events.length} events, ${x.stances.length} stances\n`,
          );
        }
      }
      for (const e of errors) process.stderr.write(`newsgraph: ${e.sourcePath}${e.line ? `:${e.line}` : ''}: ${e.reason}\n`);
      if (errors.length) process.exitCode = 1;
    });
}
