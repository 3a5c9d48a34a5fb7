// `newsgraph db start|stop|status|fetch`: the local Neo4j server (src/load/server.ts).
import type { Command } from 'commander';
import {
  ensureJars,
  localServerConfig,
  serverStatus,
  startServer,
  stopServer,
  type InstanceName,
  type LocalServerConfig,
} from '../../load/server';

interface InstanceFlags {
  test?: boolean;
}

/** `db status` exits with this code when the server is not running (as LSB init scripts do). */
export const NOT_RUNNING_EXIT_CODE = 3;

const progress = (line: string) => process.stderr.write(`newsgraph: ${line}\n`);

function configFor(flags: InstanceFlags): LocalServerConfig {
  const instance: InstanceName = flags.test ? 'test' : 'local';
  return localServerConfig(instance);
}

function addresses(boltUri: string, browserUrl: string | null): string {
  return `Bolt: ${boltUri}\n` + (browserUrl ? `Neo4j Browser: ${browserUrl} (no password: the server only listens on this machine)\n` : '');
}

export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description('run the local Neo4j server (Neo4j Community 5.26 on Java 17, no Docker needed)');
  const testFlag = ['--test', 'act on the separate instance that the integration tests use (ports 7688/7475)'] as const;

  db.command('start')
    .description('start the server (downloading Neo4j with Maven the first time) and wait until Bolt answers')
    .option(...testFlag)
    .action(async (flags: InstanceFlags) => {
      const config = configFor(flags);
      const result = await startServer(config, { log: progress });
      const how = result.alreadyRunning ? 'was already running' : `started in ${(result.elapsedMs / 1000).toFixed(1)} s`;
      process.stdout.write(`Neo4j ${how} (pid ${result.pid}, data in ${config.homeDir})\n${addresses(result.boltUri, result.browserUrl)}`);
      if (process.env.NEO4J_URI) progress('note: NEO4J_URI is set, so the other commands use that server, not this one');
    });

  db.command('stop')
    .description('stop the server cleanly (SIGTERM; it is killed only if it has not stopped after 90 s)')
    .option(...testFlag)
    .action(async (flags: InstanceFlags) => {
      const result = await stopServer(configFor(flags));
      if (!result.wasRunning) process.stdout.write('Neo4j was not running\n');
      else if (result.how === 'killed') process.stdout.write(`Neo4j (pid ${result.pid}) did not stop in time and was killed; the next start will run recovery\n`);
      else process.stdout.write(`Neo4j stopped (pid ${result.pid}, ${(result.elapsedMs / 1000).toFixed(1)} s)\n`);
    });

  db.command('status')
    .description(`say whether the server runs and where; exit code ${NOT_RUNNING_EXIT_CODE} when it does not`)
    .option(...testFlag)
    .action(async (flags: InstanceFlags) => {
      const status = await serverStatus(configFor(flags));
      if (status.state === 'stopped') {
        process.stdout.write('Neo4j is not running\n');
        process.exitCode = NOT_RUNNING_EXIT_CODE;
        return;
      }
      const state = status.state === 'running' ? 'running' : 'starting (Bolt does not answer yet)';
      process.stdout.write(`Neo4j is ${state} (pid ${status.pid})\n${addresses(status.boltUri, status.browserUrl)}`);
      if (status.state !== 'running') process.exitCode = NOT_RUNNING_EXIT_CODE;
    });

  db.command('fetch')
    .description('download Neo4j with Maven into .neo4j/lib and build the launcher (start does this when needed)')
    .option('--force', 'fetch and build again even if the jars are up to date')
    .action(async (flags: { force?: boolean }) => {
      const config = localServerConfig('local');
      const fetched = await ensureJars(config, progress, flags.force ?? false);
      process.stdout.write(`Neo4j jars ${fetched ? 'ready' : 'already up to date'} in ${config.libDir}\n`);
    });
}
