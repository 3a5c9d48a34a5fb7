// `newsgraph stats`: how many nodes per label and relationships per type.
import type { Command } from 'commander';
import { closeDriver, openDriver } from '../../load/connection';
import { formatStats, graphStats } from '../../load/stats';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count nodes by label and relationships by type')
    .option('--json', 'print the counts as one JSON object')
    .action(async (flags: { json?: boolean }) => {
      try {
        const stats = await graphStats(await openDriver({ log: (l) => process.stderr.write(`newsgraph: ${l}\n`) }));
        process.stdout.write(flags.json ? `${JSON.stringify(stats)}\n` : `${formatStats(stats)}\n`);
      } finally {
        await closeDriver();
      }
    });
}
