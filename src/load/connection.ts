// The one neo4j-driver of this process. Settings use Neo4j's usual names: NEO4J_URI,
// NEO4J_USERNAME, NEO4J_PASSWORD. With NEO4J_URI unset, newsgraph uses its local server
// (src/load/server.ts) and starts it when needed. The password is never printed or logged:
// messages describe a connection with describeConnection(), which leaves it out.
import neo4j, { type Driver, type Session, type SessionConfig } from 'neo4j-driver';
import { version } from '../../package.json';
import { boltUri, localServerConfig, noAuth, startServer, type InstanceName, type LocalServerConfig } from './server';

export interface ConnectionSettings {
  uri: string;
  username: string | null;
  password: string | null;
  /** Set when NEO4J_URI is unset: the local instance to use (and start when needed). */
  localServer: LocalServerConfig | null;
}

/** Settings from the environment; `instance` picks the local server used when NEO4J_URI is unset. */
export function connectionSettings(env: NodeJS.ProcessEnv = process.env, instance: InstanceName = 'local'): ConnectionSettings {
  const username = env.NEO4J_USERNAME || null;
  const password = env.NEO4J_PASSWORD || null;
  const uri = (env.NEO4J_URI ?? '').trim();
  if (uri) return { uri, username, password, localServer: null };
  const localServer = localServerConfig(instance, env);
  return { uri: boltUri(localServer), username, password, localServer };
}

/** A URI safe to print: any user:password@ part is dropped. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+.-]+:\/\/)[^@/]*@/i, '$1');
}

/** One line naming where newsgraph connects, for messages; never includes the password. */
export function describeConnection(settings: ConnectionSettings): string {
  const where = redactUri(settings.uri);
  if (settings.localServer) return `${where} (local Neo4j server, ${settings.localServer.instance} instance)`;
  return settings.username || settings.password ? `${where} as ${settings.username ?? 'neo4j'}` : where;
}

function authToken(settings: ConnectionSettings) {
  // The local server runs without authentication (loopback only); it accepts any token, so user
  // credentials from the environment do no harm there.
  if (!settings.username && !settings.password) return noAuth();
  return neo4j.auth.basic(settings.username ?? 'neo4j', settings.password ?? '');
}

/** Connects and checks the server answers; errors name the server, never the password. */
export async function createDriver(settings: ConnectionSettings): Promise<Driver> {
  const driver = neo4j.driver(settings.uri, authToken(settings), { userAgent: `newsgraph/${version}` });
  try {
    await driver.getServerInfo();
    return driver;
  } catch (err) {
    await driver.close();
    const reason = (err as Error).message.split('\n')[0];
    const hint = settings.localServer ? '' : ' (check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD)';
    throw Object.assign(new Error(`cannot connect to Neo4j at ${describeConnection(settings)}${hint}: ${reason}`), { cause: err });
  }
}

export interface OpenOptions {
  env?: NodeJS.ProcessEnv;
  /** Progress lines (server start-up); the CLI sends them to stderr. */
  log?: (line: string) => void;
}

let shared: Promise<Driver> | null = null;

/**
 * The process's driver, created on first call. When NEO4J_URI is unset the local server is
 * started first if it is not running. Call closeDriver() before the process ends.
 */
export function openDriver(options: OpenOptions = {}): Promise<Driver> {
  if (!shared) {
    const attempt = (async () => {
      const settings = connectionSettings(options.env ?? process.env);
      if (settings.localServer) {
        const started = await startServer(settings.localServer, { log: options.log });
        if (!started.alreadyRunning) {
          options.log?.(
            `local Neo4j started in ${(started.elapsedMs / 1000).toFixed(1)} s` +
              (started.browserUrl ? `; Neo4j Browser: ${started.browserUrl}` : ''),
          );
        }
      }
      return createDriver(settings);
    })();
    // A failed attempt must not poison later ones.
    attempt.catch(() => {
      if (shared === attempt) shared = null;
    });
    shared = attempt;
  }
  return shared;
}

export async function closeDriver(): Promise<void> {
  const pending = shared;
  shared = null;
  if (!pending) return;
  try {
    await (await pending).close();
  } catch {
    // It never connected: nothing to close.
  }
}

/** Runs fn with a session of the driver, closing the session whatever happens. */
export async function withSession<T>(driver: Driver, fn: (session: Session) => Promise<T>, config?: SessionConfig): Promise<T> {
  const session = driver.session(config);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
