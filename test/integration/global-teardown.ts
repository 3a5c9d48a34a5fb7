// Stops the test Neo4j only if global-setup.ts started it (a server that was already running
// stays up), unless NEWSGRAPH_TEST_KEEP_SERVER=1 asks to keep it for the next run.
import { stopServer } from '../../src/load/server';
import { SETUP_STATE_KEY, type SetupState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[SETUP_STATE_KEY] as SetupState | undefined;
  if (!state?.startedServer) return;
  if (process.env.NEWSGRAPH_TEST_KEEP_SERVER === '1') {
    process.stderr.write('[integration teardown] leaving the test Neo4j running (NEWSGRAPH_TEST_KEEP_SERVER=1)\n');
    return;
  }
  const result = await stopServer(state.startedServer);
  process.stderr.write(`[integration teardown] test Neo4j ${result.how ?? 'was not running'} (${(result.elapsedMs / 1000).toFixed(1)} s)\n`);
}
