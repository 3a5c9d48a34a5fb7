// `newsgraph reload <paths...> [--prune]`: make the graph match the inputs. Unchanged articles
// are skipped, changed ones replace their old contribution, and with --prune the articles whose
// source (within the given paths) is gone are removed. Running it twice changes nothing.
import type { Command } from 'commander';
import { addLoadOptions, runLoad, type LoadFlags } from './ingest';

export function registerReload(program: Command): void {
  const command = program
    .command('reload')
    .description('make the graph match the inputs: skip unchanged articles, replace changed ones, and with --prune remove those whose source is gone')
    .argument('<paths...>', 'files or folders (.txt, .html, .json, .jsonl, and .gz of them)')
    .option('--prune', 'remove stored articles whose source, within these paths, is gone')
    .addHelpText('after', '\nExit codes: 0 done; 1 failed (nothing of a failed transaction is written); 2 some inputs could not be read, the rest was loaded (and nothing of theirs was pruned).');
  addLoadOptions(command).action(async (paths: string[], flags: LoadFlags & { prune?: boolean }) => {
    await runLoad({ paths, prune: Boolean(flags.prune), flags });
  });
}
