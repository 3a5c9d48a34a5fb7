// Entry point of the `newsgraph` command. Command modules parse and validate, then hand typed
// options to an action; only this file decides the exit code.
import { Command, CommanderError } from 'commander';
import { commands } from './commands';
import { version } from '../../package.json';

export async function main(argv: string[]): Promise<void> {
  // `newsgraph query ... | head` closes our stdout early: that is the reader's choice, not a failure.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const program = new Command('newsgraph')
    .description('Turn news articles into an entity-and-event knowledge graph in Neo4j')
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version arrive here with exit code 0.
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`newsgraph: ${(err as Error).message}\n`);
    process.exitCode = (err as { exitCode?: number }).exitCode ?? 1;
  }
}
