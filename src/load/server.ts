// The local Neo4j server, without Docker: Neo4j Community 5.26 run from jars that Maven fetches
// (neo4j/pom.xml) by a small launcher class (neo4j/src/main/java/.../LocalNeo4j.java), as a
// detached process with a pid file and a log under .neo4j/ of the repository.
//
// Two instances share the jars: `local` (the CLI's, ports 7687/7474) and `test` (the integration
// tests', ports 7688/7475), so running the tests never empties the graph a user has loaded.
//
//   .neo4j/lib/        launcher and runtime jars (+ a stamp of the pom and launcher they came from)
//   .neo4j/build/      Maven's build output
//   .neo4j/<instance>/ data/, logs/ (Neo4j's own), server.log (the process's output), neo4j.pid
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { acquireLock, isProcessAlive } from './file-lock';

export type InstanceName = 'local' | 'test';

export interface LocalServerConfig {
  instance: InstanceName;
  repoRoot: string;
  /** Root of all local state (default <repo>/.neo4j). */
  stateDir: string;
  libDir: string;
  buildDir: string;
  /** Neo4j home of this instance: data/ and logs/ live inside. */
  homeDir: string;
  pidFile: string;
  logFile: string;
  host: string;
  boltPort: number;
  /** 0 turns HTTP (and so Neo4j Browser) off. */
  httpPort: number;
  pageCache: string;
  heap: string;
}

/** A problem the user can fix (missing tool, bad setting, busy port): reported as one line. */
export class LocalServerError extends Error {}

export const LAUNCHER_CLASS = 'dev.newsgraph.neo4j.LocalNeo4j';
const STAMP_FILE = '.newsgraph-stamp';
const LOOPBACK = '127.0.0.1';

const DEFAULT_PORTS: Record<InstanceName, { bolt: number; http: number }> = {
  local: { bolt: 7687, http: 7474 },
  test: { bolt: 7688, http: 7475 },
};

// Environment variables read here, by instance: the ports differ, the rest is shared.
const PORT_VARIABLES: Record<InstanceName, { bolt: string; http: string }> = {
  local: { bolt: 'NEWSGRAPH_BOLT_PORT', http: 'NEWSGRAPH_HTTP_PORT' },
  test: { bolt: 'NEWSGRAPH_TEST_BOLT_PORT', http: 'NEWSGRAPH_TEST_HTTP_PORT' },
};

/** JVM flags besides heap and classpath, after Neo4j's own neo4j.conf defaults for Java 17. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  // The page cache and Netty reach into these JDK internals; without the flags they fall back
  // to slower paths and print warnings.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

// ---------------------------------------------------------------------------------------------
// Configuration

/** The repository root: the nearest folder above this file holding neo4j/pom.xml. */
export function findRepoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'neo4j', 'pom.xml')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new LocalServerError(`cannot find the newsgraph repository (neo4j/pom.xml) above ${from}`);
    dir = parent;
  }
}

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, zeroAllowed: boolean): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(port) || port > 65535 || port < (zeroAllowed ? 0 : 1)) {
    throw new LocalServerError(`${name} must be a port number${zeroAllowed ? ' (0 turns it off)' : ''}, got "${raw}"`);
  }
  return port;
}

function sizeFrom(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = (env[name] ?? '').trim();
  if (raw === '') return fallback;
  if (!/^[1-9]\d*[kmg]?$/i.test(raw)) throw new LocalServerError(`${name} must be a size such as 256m or 1g, got "${raw}"`);
  return raw.toLowerCase();
}

function instancePaths(stateDir: string, instance: InstanceName) {
  const homeDir = join(stateDir, instance);
  return { homeDir, pidFile: join(homeDir, 'neo4j.pid'), logFile: join(homeDir, 'server.log') };
}

/** Settings of one local instance, from the environment (see the README's table). */
export function localServerConfig(
  instance: InstanceName = 'local',
  env: NodeJS.ProcessEnv = process.env,
  repoRoot: string = findRepoRoot(),
): LocalServerConfig {
  const stateDir = resolve(repoRoot, env.NEWSGRAPH_NEO4J_DIR || '.neo4j');
  const boltPort = portFrom(env, PORT_VARIABLES[instance].bolt, DEFAULT_PORTS[instance].bolt, false);
  const httpPort = portFrom(env, PORT_VARIABLES[instance].http, DEFAULT_PORTS[instance].http, true);
  if (boltPort === httpPort) throw new LocalServerError(`Bolt and HTTP cannot share port ${boltPort}`);
  return {
    instance,
    repoRoot,
    stateDir,
    libDir: join(stateDir, 'lib'),
    buildDir: join(stateDir, 'build'),
    ...instancePaths(stateDir, instance),
    host: LOOPBACK,
    boltPort,
    httpPort,
    pageCache: sizeFrom(env, 'NEWSGRAPH_PAGECACHE', '256m'),
    // Loading allocates a lot briefly (each transaction's parameters are megabytes of rows): with
    // 1g, garbage collection took 15-20% of the server's CPU in bench/load.js, with 2g under 5%.
    heap: sizeFrom(env, 'NEWSGRAPH_HEAP', '2g'),
  };
}

export const boltUri = (config: LocalServerConfig) => `bolt://${config.host}:${config.boltPort}`;
export const browserUrl = (config: LocalServerConfig) =>
  config.httpPort > 0 ? `http://${config.host}:${config.httpPort}/browser/` : null;

/** The java command line that runs the server. */
export function javaArguments(config: LocalServerConfig): string[] {
  return [
    `-Xms${config.heap}`,
    `-Xmx${config.heap}`,
    ...JVM_FLAGS,
    '-cp',
    join(config.libDir, '*'),
    LAUNCHER_CLASS,
    `--home=${config.homeDir}`,
    `--host=${config.host}`,
    `--bolt-port=${config.boltPort}`,
    `--http-port=${config.httpPort}`,
    `--page-cache=${config.pageCache}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// Java and Maven

export interface JavaInstall {
  home: string;
  java: string;
  /** Present in a JDK; Maven needs it to compile the launcher. */
  javac: string | null;
  major: number;
}

/** Neo4j 5.26 runs on Java 17 and 21; 17 is preferred (the line's reference JVM). */
export const SUPPORTED_JAVA = [17, 21];

/** The major version in a JDK's `release` file (JAVA_VERSION="17.0.15" → 17; "1.8.0_392" → 8). */
export function parseJavaRelease(text: string): number | null {
  const m = /^JAVA_VERSION="([^"]+)"/m.exec(text);
  if (!m) return null;
  const parts = m[1].split(/[._+-]/).map(Number);
  const major = parts[0] === 1 ? parts[1] : parts[0];
  return Number.isInteger(major) ? major : null;
}

function inspectJavaHome(home: string): JavaInstall | null {
  const java = join(home, 'bin', 'java');
  if (!existsSync(java)) return null;
  let major: number | null = null;
  try {
    major = parseJavaRelease(readFileSync(join(home, 'release'), 'utf8'));
  } catch {
    // No release file (some distributions): ask the binary itself.
    const out = spawnSync(java, ['-XshowSettings:properties', '-version'], { encoding: 'utf8' });
    const m = /java\.specification\.version = (\d+)/.exec(`${out.stderr}${out.stdout}`);
    major = m ? Number(m[1]) : null;
  }
  if (major === null) return null;
  const javac = join(home, 'bin', 'javac');
  return { home, java, javac: existsSync(javac) ? javac : null, major };
}

function findOnPath(command: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function listDirs(parent: string): string[] {
  try {
    return readdirSync(parent)
      .sort()
      .map((name) => join(parent, name));
  } catch {
    return [];
  }
}

/** Candidate Java homes, most explicit first. */
function javaHomeCandidates(env: NodeJS.ProcessEnv): string[] {
  const homes: string[] = [];
  if (env.JAVA_HOME) homes.push(env.JAVA_HOME);
  homes.push(...listDirs('/usr/lib/jvm'));
  homes.push(...listDirs('/Library/Java/JavaVirtualMachines').map((d) => join(d, 'Contents', 'Home')));
  const onPath = findOnPath('java', env);
  if (onPath) homes.push(dirname(dirname(realpathSync(onPath))));
  return homes;
}

/** Picks Java 17 (else 21) among candidates, preferring a JDK over a JRE; null if none fits. */
export function chooseJava(installs: JavaInstall[]): JavaInstall | null {
  for (const major of SUPPORTED_JAVA) {
    const fitting = installs.filter((i) => i.major === major);
    const best = fitting.find((i) => i.javac) ?? fitting[0];
    if (best) return best;
  }
  return null;
}

/** The Java to run Neo4j with: NEWSGRAPH_JAVA_HOME if set, else the first Java 17 (or 21) found. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaInstall {
  if (env.NEWSGRAPH_JAVA_HOME) {
    const install = inspectJavaHome(env.NEWSGRAPH_JAVA_HOME);
    if (!install) throw new LocalServerError(`NEWSGRAPH_JAVA_HOME=${env.NEWSGRAPH_JAVA_HOME} holds no bin/java`);
    if (!SUPPORTED_JAVA.includes(install.major)) {
      throw new LocalServerError(`NEWSGRAPH_JAVA_HOME is Java ${install.major}; Neo4j 5.26 needs Java 17 or 21`);
    }
    return install;
  }
  const seen = new Set<string>();
  const installs: JavaInstall[] = [];
  for (const home of javaHomeCandidates(env)) {
    const key = resolve(home);
    if (seen.has(key)) continue;
    seen.add(key);
    const install = inspectJavaHome(key);
    if (install) installs.push(install);
  }
  const chosen = chooseJava(installs);
  if (chosen) return chosen;
  const found = installs.length ? ` (found: ${installs.map((i) => `Java ${i.major} at ${i.home}`).join(', ')})` : '';
  throw new LocalServerError(
    `Java 17 not found${found}. Neo4j 5.26 needs Java 17 or 21: install OpenJDK 17 ` +
      `(e.g. apt-get install openjdk-17-jdk-headless) or set NEWSGRAPH_JAVA_HOME`,
  );
}

/** Fingerprint of what the jars are built from: a changed pom or launcher means fetch again. */
export function sourceStamp(repoRoot: string): string {
  const hash = createHash('sha256');
  for (const file of ['neo4j/pom.xml', 'neo4j/src/main/java/dev/newsgraph/neo4j/LocalNeo4j.java']) {
    hash.update(file).update('\0').update(readFileSync(join(repoRoot, file))).update('\0');
  }
  return hash.digest('hex');
}

export function jarsReady(config: LocalServerConfig): boolean {
  try {
    return readFileSync(join(config.libDir, STAMP_FILE), 'utf8').trim() === sourceStamp(config.repoRoot);
  } catch {
    return false;
  }
}

/**
 * Downloads Neo4j's jars with Maven (cached in ~/.m2) and builds the launcher into libDir.
 * Maven's output goes to stderr, so commands that print results on stdout stay clean.
 */
export function fetchJars(config: LocalServerConfig, log: (line: string) => void = () => undefined): void {
  const mvn = process.env.NEWSGRAPH_MVN || findOnPath('mvn', process.env);
  if (!mvn) {
    throw new LocalServerError(
      'Maven (mvn) not found: it is needed once to download Neo4j into .neo4j/lib ' +
        '(e.g. apt-get install maven), or set NEWSGRAPH_MVN to its path',
    );
  }
  const java = findJava();
  // Jars of an older Neo4j version must not stay on the classpath beside the new ones.
  rmSync(config.libDir, { recursive: true, force: true });
  mkdirSync(config.libDir, { recursive: true });
  log(`fetching Neo4j jars with Maven into ${config.libDir} (cached in ~/.m2 after the first time)`);
  const started = Date.now();
  const result = spawnSync(
    mvn,
    ['-B', '-q', '-f', join(config.repoRoot, 'neo4j', 'pom.xml'), 'package', `-Dnewsgraph.libDir=${config.libDir}`, `-Dnewsgraph.buildDir=${config.buildDir}`],
    {
      cwd: config.repoRoot,
      // Maven compiles the launcher with the same JDK that runs it, whatever JAVA_HOME says.
      env: java.javac ? { ...process.env, JAVA_HOME: java.home } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // Quiet Maven prints only problems, but Debian's Maven 3.8 adds colour resets even in batch mode.
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '').trim();
  if (output) process.stderr.write(`${output}\n`);
  if (result.error) throw new LocalServerError(`cannot run Maven (${mvn}): ${result.error.message}`);
  if (result.status !== 0) throw new LocalServerError(`Maven failed (exit code ${result.status}) fetching Neo4j; its output is above`);
  writeFileSync(join(config.libDir, STAMP_FILE), `${sourceStamp(config.repoRoot)}\n`);
  log(`Neo4j jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Fetches the jars unless they are up to date; one process at a time (the instances share them). */
export async function ensureJars(config: LocalServerConfig, log: (line: string) => void = () => undefined, force = false): Promise<boolean> {
  mkdirSync(config.stateDir, { recursive: true });
  const lock = await acquireLock(join(config.stateDir, 'fetch.lock'), {
    timeoutMs: 30 * 60_000,
    onWait: (owner) => log(`waiting for another download of Neo4j${owner ? ` (pid ${owner})` : ''} to finish`),
  });
  try {
    if (!force && jarsReady(config)) return false;
    // Replacing jars under a running server would break its class loading later on.
    const running = (Object.keys(DEFAULT_PORTS) as InstanceName[]).filter(
      (name) => livePid({ ...config, ...instancePaths(config.stateDir, name) }) !== null,
    );
    if (running.length) {
      throw new LocalServerError(
        `the Neo4j jars must be fetched again (neo4j/ changed), but the ${running.join(' and ')} instance is running: ` +
          `stop it first (newsgraph db stop${running.includes('test') ? ' --test' : ''})`,
      );
    }
    fetchJars(config, log);
    return true;
  } finally {
    lock.release();
  }
}

// ---------------------------------------------------------------------------------------------
// The process

export type ServerState = 'running' | 'starting' | 'stopped';

export interface ServerStatus {
  state: ServerState;
  pid: number | null;
  boltUri: string;
  browserUrl: string | null;
}

function readPid(config: LocalServerConfig): number | null {
  try {
    const pid = Number.parseInt(readFileSync(config.pidFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * The pid of this instance's server if it is alive. Where /proc exists, the process must also be
 * our launcher on this home folder, so a pid reused by another program after a reboot is ignored.
 */
function livePid(config: LocalServerConfig): number | null {
  const pid = readPid(config);
  if (pid === null || !isProcessAlive(pid)) return null;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (!cmdline.includes(LAUNCHER_CLASS) || !cmdline.includes(`--home=${config.homeDir}`)) return null;
  } catch {
    // No /proc (macOS): trust the pid file.
  }
  return pid;
}

/** The "none" auth token: the driver has it at run time, its type declarations omit it. */
export function noAuth(): AuthToken {
  return (neo4j.auth as typeof neo4j.auth & { none(): AuthToken }).none();
}

/** True when a Bolt `RETURN 1` succeeds within the timeout. */
export async function boltAnswers(uri: string, timeoutMs = 3000): Promise<boolean> {
  const driver = neo4j.driver(uri, noAuth(), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
  });
  try {
    const session = driver.session();
    try {
      await session.run('RETURN 1');
      return true;
    } finally {
      await session.close();
    }
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** True when something accepts TCP connections on host:port. */
export function portInUse(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const done = (inUse: boolean) => {
      socket.destroy();
      resolvePromise(inUse);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function serverStatus(config: LocalServerConfig): Promise<ServerStatus> {
  const pid = livePid(config);
  const base = { pid, boltUri: boltUri(config), browserUrl: browserUrl(config) };
  if (pid === null) return { ...base, state: 'stopped' };
  return { ...base, state: (await boltAnswers(boltUri(config))) ? 'running' : 'starting' };
}

/** The last lines of the server log that explain a failed start. */
function logTail(config: LocalServerConfig, lines = 15): string {
  try {
    const all = readFileSync(config.logFile, 'utf8').trimEnd().split('\n');
    const start = all.map((l) => l.startsWith('---- newsgraph db start')).lastIndexOf(true);
    return all.slice(Math.max(start + 1, all.length - lines)).join('\n');
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface StartOptions {
  /** How long to wait for Bolt to answer (ms); the first start on a new machine is the slowest. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface StartResult {
  alreadyRunning: boolean;
  pid: number;
  boltUri: string;
  browserUrl: string | null;
  /** Time from the call until Bolt answered (ms). */
  elapsedMs: number;
}

async function waitForBolt(config: LocalServerConfig, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) {
      const tail = logTail(config);
      throw new LocalServerError(`Neo4j exited during start-up; see ${config.logFile}${tail ? `:\n${tail}` : ''}`);
    }
    if (await boltAnswers(boltUri(config), 2000)) return;
    await sleep(500);
  }
  throw new LocalServerError(`Neo4j did not answer on ${boltUri(config)} within ${Math.round(timeoutMs / 1000)} s; see ${config.logFile}`);
}

/**
 * Starts the instance unless it is already running, and returns once Bolt answers `RETURN 1`.
 * Concurrent callers (two commands, parallel test runs) are serialised by a lock, so only one
 * of them starts the process and the others find it running.
 */
export async function startServer(config: LocalServerConfig, options: StartOptions = {}): Promise<StartResult> {
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 180_000;
  const started = Date.now();
  mkdirSync(config.homeDir, { recursive: true });
  const lock = await acquireLock(join(config.homeDir, 'start.lock'), {
    timeoutMs: timeoutMs + 60_000,
    onWait: (owner) => log(`waiting for another start of Neo4j${owner ? ` (pid ${owner})` : ''} to finish`),
  });
  try {
    const running = livePid(config);
    if (running !== null) {
      await waitForBolt(config, running, timeoutMs);
      return { alreadyRunning: true, pid: running, boltUri: boltUri(config), browserUrl: browserUrl(config), elapsedMs: Date.now() - started };
    }
    rmSync(config.pidFile, { force: true });
    for (const [what, port] of [['Bolt', config.boltPort], ['HTTP', config.httpPort]] as const) {
      if (port > 0 && (await portInUse(config.host, port))) {
        const variable = PORT_VARIABLES[config.instance][what === 'Bolt' ? 'bolt' : 'http'];
        throw new LocalServerError(`port ${port} (${what}) is already in use by another program; stop it or choose another port with ${variable}`);
      }
    }
    await ensureJars(config, log);
    const java = findJava();

    const logFd = openSync(config.logFile, 'a');
    let pid: number;
    try {
      writeSync(logFd, `---- newsgraph db start ${new Date().toISOString()} (Java ${java.major}, ${java.home}) ----\n`);
      const child = spawn(java.java, javaArguments(config), { cwd: config.homeDir, detached: true, stdio: ['ignore', logFd, logFd] });
      if (child.pid === undefined) throw new LocalServerError(`cannot start ${java.java}`);
      pid = child.pid;
      child.unref();
    } finally {
      closeSync(logFd);
    }
    writeFileSync(config.pidFile, `${pid}\n`);
    log(`starting Neo4j (pid ${pid}, log ${config.logFile})`);
    try {
      await waitForBolt(config, pid, timeoutMs);
    } catch (err) {
      // Do not leave a half-started server holding the store lock and the ports.
      if (isProcessAlive(pid)) await terminate(pid, 30_000);
      rmSync(config.pidFile, { force: true });
      throw err;
    }
    return { alreadyRunning: false, pid, boltUri: boltUri(config), browserUrl: browserUrl(config), elapsedMs: Date.now() - started };
  } finally {
    lock.release();
  }
}

/** SIGTERM (the launcher's shutdown hook stops Neo4j cleanly), then SIGKILL after the grace time. */
async function terminate(pid: number, graceMs: number): Promise<'stopped' | 'killed'> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'stopped';
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return 'stopped';
    await sleep(200);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // exited just now
  }
  return 'killed';
}

export interface StopResult {
  wasRunning: boolean;
  pid: number | null;
  /** 'killed' when it ignored SIGTERM for the whole grace time (the next start runs recovery). */
  how: 'stopped' | 'killed' | null;
  elapsedMs: number;
}

export async function stopServer(config: LocalServerConfig, graceMs = 90_000): Promise<StopResult> {
  const started = Date.now();
  const pid = livePid(config);
  if (pid === null) {
    rmSync(config.pidFile, { force: true });
    return { wasRunning: false, pid: null, how: null, elapsedMs: 0 };
  }
  const how = await terminate(pid, graceMs);
  rmSync(config.pidFile, { force: true });
  return { wasRunning: true, pid, how, elapsedMs: Date.now() - started };
}
