// Helpers for integration suites. Community Neo4j has one user database, so suites take turns:
// `useEmptyDatabase()` holds a lock from its suite's start to its end (jest may run suites in
// parallel workers), and hands the suite an empty database with no constraints or indexes.
//
//   const db = useEmptyDatabase();
//   it('...', async () => { const driver = db.driver(); ... });
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { closeDriver, connectionSettings, describeConnection, openDriver, withSession } from '../../src/load/connection';
import { acquireLock, type FileLock } from '../../src/load/file-lock';

/** Long enough to wait for every other suite; jest's default hook timeout would fail the wait. */
const SUITE_LOCK_TIMEOUT_MS = 30 * 60_000;

/** True when global setup chose the local test instance (rather than a user's NEO4J_URI). */
export const usingLocalTestServer = () => process.env.NEWSGRAPH_TEST_SERVER === 'local';

/** Deletes every node and relationship, and (unless keepSchema) every constraint and index. */
export async function emptyDatabase(driver: Driver, options: { keepSchema?: boolean } = {}): Promise<void> {
  await withSession(driver, async (session) => {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    if (options.keepSchema) return;
    const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name');
    for (const record of constraints.records) await session.run(`DROP CONSTRAINT ${quote(record.get('name'))} IF EXISTS`);
    // Token lookup indexes belong to every database; dropping them would only slow label scans.
    const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
    for (const record of indexes.records) await session.run(`DROP INDEX ${quote(record.get('name'))} IF EXISTS`);
  });
}

export async function countNodes(driver: Driver): Promise<number> {
  return withSession(driver, async (session) => Number((await session.run('MATCH (n) RETURN count(n) AS n')).records[0].get('n')));
}

/**
 * A server the user pointed NEO4J_URI at may hold real data: refuse to empty it unless it is
 * already empty or NEWSGRAPH_TEST_ALLOW_WIPE=1 says it is a scratch database.
 */
async function guardUserDatabase(driver: Driver): Promise<void> {
  if (usingLocalTestServer() || process.env.NEWSGRAPH_TEST_ALLOW_WIPE === '1') return;
  const nodes = await countNodes(driver);
  if (nodes > 0) {
    throw new Error(
      `refusing to empty ${describeConnection(connectionSettings())}: it holds ${nodes} nodes. ` +
        'Point NEO4J_URI at a scratch database, or set NEWSGRAPH_TEST_ALLOW_WIPE=1',
    );
  }
}

export interface EmptyDatabase {
  /** The process's driver, ready once the suite's beforeAll has run. */
  driver(): Driver;
}

/** Registers beforeAll/afterAll hooks giving the suite an empty database of its own for its duration. */
export function useEmptyDatabase(): EmptyDatabase {
  // Schema changes and index population take seconds on a small machine; jest's 5 s default is
  // too tight for tests against a real server.
  jest.setTimeout(120_000);
  let lock: FileLock | null = null;
  let driver: Driver | null = null;
  beforeAll(async () => {
    const uri = connectionSettings().uri;
    const lockDir = join(tmpdir(), `newsgraph-neo4j-suite-${createHash('sha256').update(uri).digest('hex').slice(0, 12)}.lock`);
    lock = await acquireLock(lockDir, { timeoutMs: SUITE_LOCK_TIMEOUT_MS });
    driver = await openDriver();
    await guardUserDatabase(driver);
    await emptyDatabase(driver);
  }, SUITE_LOCK_TIMEOUT_MS + 60_000);
  afterAll(async () => {
    try {
      // Leave a user's scratch database as it was found; the local test instance keeps the last
      // suite's graph for inspection in Neo4j Browser (http://127.0.0.1:7475/browser/).
      if (driver && !usingLocalTestServer()) await emptyDatabase(driver);
      await closeDriver();
    } finally {
      lock?.release();
    }
  });
  return {
    driver() {
      if (!driver) throw new Error('useEmptyDatabase(): the driver is ready only inside tests (after beforeAll)');
      return driver;
    },
  };
}
