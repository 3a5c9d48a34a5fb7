import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LAUNCHER_CLASS,
  LocalServerError,
  browserUrl,
  chooseJava,
  findRepoRoot,
  javaArguments,
  localServerConfig,
  parseJavaRelease,
  type JavaInstall,
} from '../../src/load/server';

const repo = findRepoRoot();

describe('localServerConfig', () => {
  it('keeps the local instance under .neo4j/local with Neo4j default ports and small memory', () => {
    const config = localServerConfig('local', {}, repo);
    expect(config).toMatchObject({
      instance: 'local',
      stateDir: join(repo, '.neo4j'),
      libDir: join(repo, '.neo4j', 'lib'),
      homeDir: join(repo, '.neo4j', 'local'),
      pidFile: join(repo, '.neo4j', 'local', 'neo4j.pid'),
      logFile: join(repo, '.neo4j', 'local', 'server.log'),
      host: '127.0.0.1',
      boltPort: 7687,
      httpPort: 7474,
      pageCache: '256m',
      heap: '2g',
    });
    expect(browserUrl(config)).toBe('http://127.0.0.1:7474/browser/');
  });

  it('gives the test instance its own folder and ports, sharing the jars', () => {
    const local = localServerConfig('local', {}, repo);
    const test = localServerConfig('test', {}, repo);
    expect(test.homeDir).toBe(join(repo, '.neo4j', 'test'));
    expect([test.boltPort, test.httpPort]).toEqual([7688, 7475]);
    expect(test.libDir).toBe(local.libDir);
  });

  it.each([
    ['NEWSGRAPH_BOLT_PORT', '17687', 'local', { boltPort: 17687 }],
    ['NEWSGRAPH_HTTP_PORT', '17474', 'local', { httpPort: 17474 }],
    ['NEWSGRAPH_HTTP_PORT', '0', 'local', { httpPort: 0 }],
    ['NEWSGRAPH_TEST_BOLT_PORT', '17688', 'test', { boltPort: 17688 }],
    ['NEWSGRAPH_TEST_HTTP_PORT', '17475', 'test', { httpPort: 17475 }],
    ['NEWSGRAPH_PAGECACHE', '512M', 'local', { pageCache: '512m' }],
    ['NEWSGRAPH_HEAP', '2g', 'local', { heap: '2g' }],
    ['NEWSGRAPH_NEO4J_DIR', '/var/tmp/ng', 'local', { stateDir: '/var/tmp/ng', homeDir: '/var/tmp/ng/local', libDir: '/var/tmp/ng/lib' }],
  ] as const)('%s=%s sets the %s instance', (name, value, instance, expected) => {
    expect(localServerConfig(instance, { [name]: value }, repo)).toMatchObject(expected);
  });

  it('ignores the other instance\'s port variables', () => {
    expect(localServerConfig('local', { NEWSGRAPH_TEST_BOLT_PORT: '1234' }, repo).boltPort).toBe(7687);
    expect(localServerConfig('test', { NEWSGRAPH_BOLT_PORT: '1234' }, repo).boltPort).toBe(7688);
  });

  it('without HTTP there is no Browser address', () => {
    expect(browserUrl(localServerConfig('local', { NEWSGRAPH_HTTP_PORT: '0' }, repo))).toBeNull();
  });

  it.each([
    ['NEWSGRAPH_BOLT_PORT', 'seven'],
    ['NEWSGRAPH_BOLT_PORT', '0'],
    ['NEWSGRAPH_BOLT_PORT', '70000'],
    ['NEWSGRAPH_BOLT_PORT', '76.87'],
    ['NEWSGRAPH_HTTP_PORT', '-1'],
    ['NEWSGRAPH_PAGECACHE', '256mb'],
    ['NEWSGRAPH_PAGECACHE', '0m'],
    ['NEWSGRAPH_HEAP', 'lots'],
    ['NEWSGRAPH_HTTP_PORT', '7687'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    const attempt = () => localServerConfig('local', { [name]: value }, repo);
    expect(attempt).toThrow(LocalServerError);
    expect(attempt).toThrow(name === 'NEWSGRAPH_HTTP_PORT' && value === '7687' ? /cannot share port 7687/ : new RegExp(name));
  });
});

describe('javaArguments', () => {
  const config = localServerConfig('local', { NEWSGRAPH_HEAP: '768m', NEWSGRAPH_PAGECACHE: '128m' }, repo);
  const args = javaArguments(config);

  it('sets the heap, then the classpath of every jar, then the launcher and its options', () => {
    expect(args).toContain('-Xmx768m');
    expect(args).toContain('-Xms768m');
    expect(args[args.indexOf('-cp') + 1]).toBe(join(config.libDir, '*'));
    expect(args.slice(args.indexOf(LAUNCHER_CLASS) + 1)).toEqual([
      `--home=${config.homeDir}`,
      '--host=127.0.0.1',
      '--bolt-port=7687',
      '--http-port=7474',
      '--page-cache=128m',
    ]);
  });

  it('puts every JVM flag before the main class', () => {
    const main = args.indexOf(LAUNCHER_CLASS);
    expect(args.findIndex((a) => a.startsWith('--add-opens'))).toBeLessThan(main);
    expect(args.findIndex((a) => a.startsWith('-Xmx'))).toBeLessThan(main);
  });
});

describe('parseJavaRelease', () => {
  it.each([
    ['JAVA_VERSION="17.0.15"\nOS_NAME="Linux"', 17],
    ['IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="25"\n', 25],
    ['JAVA_VERSION="21.0.2+13"', 21],
    ['JAVA_VERSION="1.8.0_392"', 8],
  ])('%j → %d', (text, major) => {
    expect(parseJavaRelease(text)).toBe(major);
  });

  it.each([[''], ['OS_NAME="Linux"'], ['JAVA_VERSION=""'], ['JAVA_VERSION="abc"']])('finds no version in %j', (text) => {
    expect(parseJavaRelease(text)).toBeNull();
  });
});

describe('chooseJava', () => {
  const install = (home: string, major: number, jdk = true): JavaInstall => ({
    home,
    java: `${home}/bin/java`,
    javac: jdk ? `${home}/bin/javac` : null,
    major,
  });

  it.each([
    ['Java 17 over a newer Temurin 25', [install('/jvm/temurin-25', 25), install('/jvm/openjdk-17', 17)], '/jvm/openjdk-17'],
    ['Java 17 over 21', [install('/jvm/21', 21), install('/jvm/17', 17)], '/jvm/17'],
    ['Java 21 when there is no 17', [install('/jvm/25', 25), install('/jvm/21', 21)], '/jvm/21'],
    ['a JDK over a JRE of the same version', [install('/jvm/17-jre', 17, false), install('/jvm/17-jdk', 17)], '/jvm/17-jdk'],
    ['a JRE when it is the only Java 17', [install('/jvm/17-jre', 17, false)], '/jvm/17-jre'],
  ])('picks %s', (_name, installs, home) => {
    expect(chooseJava(installs)?.home).toBe(home);
  });

  it.each([
    ['nothing installed', []],
    ['only unsupported versions', [install('/jvm/8', 8), install('/jvm/11', 11), install('/jvm/25', 25)]],
  ])('picks nothing with %s', (_name, installs) => {
    expect(chooseJava(installs)).toBeNull();
  });
});

describe('findRepoRoot', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'newsgraph-root-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds the folder holding package.json and neo4j/pom.xml from deep inside it', () => {
    mkdirSync(join(scratch, 'neo4j'));
    mkdirSync(join(scratch, 'dist', 'load'), { recursive: true });
    writeFileSync(join(scratch, 'package.json'), '{}');
    writeFileSync(join(scratch, 'neo4j', 'pom.xml'), '<project/>');
    expect(findRepoRoot(join(scratch, 'dist', 'load'))).toBe(scratch);
  });

  it('says so when there is no repository above', () => {
    expect(() => findRepoRoot(scratch)).toThrow(/cannot find the newsgraph repository/);
  });
});
