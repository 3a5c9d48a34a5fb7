// `newsgraph export --format graphml|gexf|json [paths...]`: the graph in Neo4j, or (given paths)
// the graph of those inputs without touching Neo4j, written for Gephi, yEd or graphology.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildArticleGraph } from '../../graph/build';
import { EXPORT_FORMATS, serializeGraph, type ExportFormat } from '../../graph/export';
import { mergeBatch } from '../../graph/merge';
import { closeDriver, openDriver } from '../../load/connection';
import { readGraph } from '../../load/export';
import { extractBatch } from '../../pipeline';
import { today } from '../today';

interface ExportFlags {
  format: string;
  output?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph as GraphML, GEXF or graphology JSON (from Neo4j, or from input paths without it)')
    .argument('[paths...]', 'inputs to build the graph from instead of reading Neo4j')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (paths: string[], flags: ExportFlags) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${flags.format}"`);
      }
      let text: string;
      if (paths.length) {
        const { extractions, errors } = await extractBatch(paths, { ingestDate: today() });
        for (const e of errors) process.stderr.write(`newsgraph: ${e.sourcePath}${e.line ? `:${e.line}` : ''}: ${e.reason}\n`);
        if (errors.length) process.exitCode = 2;
        text = serializeGraph(mergeBatch(extractions.map((x) => buildArticleGraph(x))), flags.format as ExportFormat);
      } else {
        try {
          const graph = await readGraph(await openDriver({ log: (l) => process.stderr.write(`newsgraph: ${l}\n`) }));
          text = serializeGraph(graph, flags.format as ExportFormat);
        } finally {
          await closeDriver();
        }
      }
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    });
}
