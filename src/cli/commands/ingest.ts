// `newsgraph ingest <paths...>`: extract the articles and add or update them in Neo4j.
// Shares its work with `reload`, which also removes what the inputs no longer hold (--prune).
import type { Command } from 'commander';
import { closeDriver, connectionSettings, openDriver } from '../../load/connection';
import { formatSummary, knownStories, storedArticles, syncArticles, unchangedFilter, type SyncSummary } from '../../load/reload';
import { applySchema } from '../../load/schema';
import { browserUrl } from '../../load/server';
import { extractBatch } from '../../pipeline';
import { createProgress } from '../progress';
import { today } from '../today';

export interface LoadFlags {
  maxBytes: string;
  batchSize: string;
  verbose?: boolean;
  force?: boolean;
}

export interface LoadRun {
  paths: string[];
  prune: boolean;
  flags: LoadFlags;
}

/** Exit code when some inputs could not be read: the rest was loaded. */
export const EXIT_SOME_INPUTS_FAILED = 2;

const log = (line: string) => process.stderr.write(`newsgraph: ${line}\n`);

export async function runLoad(run: LoadRun): Promise<SyncSummary> {
  const started = Date.now();
  const batchSize = Number(run.flags.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch-size must be a positive whole number, not "${run.flags.batchSize}"`);
  const progress = createProgress();
  const settings = connectionSettings();
  try {
    const driver = await openDriver({ log });
    // Schema first: MERGE on `key` relies on the constraints for both correctness and speed.
    await applySchema(driver);
    const stored = await storedArticles(driver);
    progress.phase('extracting');
    const { extractions, errors, unchanged, signatures } = await extractBatch(run.paths, {
      ingestDate: today(),
      maxBytes: Number(run.flags.maxBytes),
      onArticle: (done) => progress.update(done),
      isUnchanged: run.flags.force ? undefined : unchangedFilter(stored),
      knownStories: await knownStories(driver),
    });
    progress.phase('loading', extractions.length);
    const summary = await syncArticles(driver, extractions, {
      stored,
      alreadyLoaded: unchanged,
      signatures,
      prune: run.prune,
      force: run.flags.force,
      scope: run.paths,
      unreadable: errors.map((e) => e.sourcePath),
      ingestedAt: new Date().toISOString(),
      articlesPerTransaction: batchSize,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    summary.ms = Date.now() - started;
    for (const e of errors) log(`${e.sourcePath}${e.line ? `:${e.line}` : ''}: ${e.reason}`);
    if (run.flags.verbose) for (const w of summary.warnings) log(`warning: ${w}`);
    else if (summary.warnings.length) log(`${summary.warnings.length} references could not be placed in the graph (--verbose lists them)`);
    process.stdout.write(`${formatSummary(summary)}\n`);
    const browser = settings.localServer ? browserUrl(settings.localServer) : null;
    if (browser) process.stdout.write(`Neo4j Browser: ${browser}\n`);
    if (errors.length) process.exitCode = EXIT_SOME_INPUTS_FAILED;
    return summary;
  } finally {
    progress.stop();
    await closeDriver();
  }
}

/** The options `ingest` and `reload` share. */
export function addLoadOptions(command: Command): Command {
  return command
    .option('--max-bytes <n>', 'largest input file accepted', String(50 * 1024 * 1024))
    .option('--batch-size <n>', 'whole articles written per transaction', '1000')
    .option('--verbose', 'list the references that could not be placed in the graph')
    .option('--force', 'extract and rewrite every article, even unchanged ones (an upgrade of newsgraph does this by itself)');
}

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('extract articles and add or update them in Neo4j (unchanged articles are skipped)')
    .argument('<paths...>', 'files or folders (.txt, .html, .json, .jsonl, and .gz of them)')
    .addHelpText('after', '\nExit codes: 0 done; 1 failed (nothing of a failed transaction is written); 2 some inputs could not be read, the rest was loaded.');
  addLoadOptions(command).action(async (paths: string[], flags: LoadFlags) => {
    await runLoad({ paths, prune: false, flags });
  });
}
