// Integration tests need a real Neo4j. With NEO4J_URI set they use that server (a scratch
// database: suites empty it). Otherwise they use the local server's separate `test` instance
// (ports 7688/7475, data in .neo4j/test), never the `local` one a user loads articles into:
// it is started here unless already running, and stopped by global-teardown.ts only if started here.
import { localServerConfig, startServer, type LocalServerConfig } from '../../src/load/server';

export interface SetupState {
  startedServer: LocalServerConfig | null;
}

export const SETUP_STATE_KEY = '__newsgraphIntegrationSetup';

const log = (line: string) => process.stderr.write(`[integration setup] ${line}\n`);

export default async function globalSetup(): Promise<void> {
  const state: SetupState = { startedServer: null };
  (globalThis as Record<string, unknown>)[SETUP_STATE_KEY] = state;
  if (process.env.NEO4J_URI) {
    log('NEO4J_URI is set: integration tests use that server and empty its database');
    return;
  }
  const config = localServerConfig('test');
  const result = await startServer(config, { log, timeoutMs: 300_000 });
  log(
    result.alreadyRunning
      ? `reusing the test Neo4j already running at ${result.boltUri}`
      : `test Neo4j started at ${result.boltUri} in ${(result.elapsedMs / 1000).toFixed(1)} s`,
  );
  if (!result.alreadyRunning) state.startedServer = config;
  // Jest starts its test workers after this and they inherit the environment.
  process.env.NEO4J_URI = result.boltUri;
  process.env.NEWSGRAPH_TEST_SERVER = 'local';
}
