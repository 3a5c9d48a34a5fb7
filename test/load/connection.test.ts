import { unusedPort } from '../fixtures/ports';
import { closeDriver, connectionSettings, describeConnection, openDriver, redactUri } from '../../src/load/connection';


describe('connectionSettings', () => {
  it('uses the local server on its default port when NEO4J_URI is unset', () => {
    const settings = connectionSettings({});
    expect(settings.uri).toBe('bolt://127.0.0.1:7687');
    expect(settings.localServer?.instance).toBe('local');
    expect(settings.username).toBeNull();
    expect(settings.password).toBeNull();
  });

  it('follows the local port setting', () => {
    expect(connectionSettings({ NEWSGRAPH_BOLT_PORT: '17687' }).uri).toBe('bolt://127.0.0.1:17687');
  });

  it('uses the test instance when asked', () => {
    const settings = connectionSettings({}, 'test');
    expect(settings.uri).toBe('bolt://127.0.0.1:7688');
    expect(settings.localServer?.instance).toBe('test');
  });

  it('uses NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD when set', () => {
    const settings = connectionSettings({ NEO4J_URI: ' neo4j+s://db.example.com ', NEO4J_USERNAME: 'analyst', NEO4J_PASSWORD: 'pw' });
    expect(settings).toEqual({ uri: 'neo4j+s://db.example.com', username: 'analyst', password: 'pw', localServer: null });
  });

  it('treats an empty NEO4J_URI as unset', () => {
    expect(connectionSettings({ NEO4J_URI: '' }).localServer).not.toBeNull();
  });
});

describe('redactUri', () => {
  it.each([
    ['bolt://neo4j:s3cret@host:7687', 'bolt://host:7687'],
    ['neo4j+s://user@db.example.com', 'neo4j+s://db.example.com'],
    ['bolt://127.0.0.1:7687', 'bolt://127.0.0.1:7687'],
    ['neo4j://host/path@x', 'neo4j://host/path@x'],
  ])('%s → %s', (uri, expected) => {
    expect(redactUri(uri)).toBe(expected);
  });
});

describe('describeConnection never shows the password', () => {
  const password = 'p4ss-w0rd!';
  it.each([
    ['remote with user and password', { NEO4J_URI: 'neo4j://db:7687', NEO4J_USERNAME: 'ana', NEO4J_PASSWORD: password }, 'neo4j://db:7687 as ana'],
    ['remote with password only', { NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: password }, 'neo4j://db:7687 as neo4j'],
    ['password inside the URI', { NEO4J_URI: `bolt://neo4j:${password}@db:7687` }, 'bolt://db:7687'],
    ['local server', { NEO4J_PASSWORD: password }, 'bolt://127.0.0.1:7687 (local Neo4j server, local instance)'],
  ])('%s', (_name, env, expected) => {
    const text = describeConnection(connectionSettings(env));
    expect(text).toBe(expected);
    expect(text).not.toContain(password);
  });
});

describe('openDriver', () => {
  afterEach(() => closeDriver());

  it('fails with one line naming the server but not the password, and tries again on the next call', async () => {
    const port = await unusedPort();
    const env = { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'top-secret-pw' };
    const first = await openDriver({ env }).catch((err: Error) => err);
    expect(first).toBeInstanceOf(Error);
    expect((first as Error).message).toMatch(new RegExp(`^cannot connect to Neo4j at bolt://127\\.0\\.0\\.1:${port} as neo4j`));
    expect((first as Error).message).not.toContain('top-secret-pw');
    const second = await openDriver({ env }).catch((err: Error) => err);
    expect(second).toBeInstanceOf(Error);
    expect(second).not.toBe(first);
  });
});
