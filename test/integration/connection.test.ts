// The foundation against a real Neo4j: the connection, the schema, MERGE on keys, and proof that
// these tests talk to a live Bolt server rather than passing without one.
import { unusedPort } from '../fixtures/ports';
import neo4j from 'neo4j-driver';
import { connectionSettings, createDriver, withSession } from '../../src/load/connection';
import { applySchema, schemaStatements } from '../../src/load/schema';
import { boltAnswers, browserUrl, localServerConfig, serverStatus, startServer } from '../../src/load/server';
import { countNodes, useEmptyDatabase, usingLocalTestServer } from './neo4j';


// The labels of the graph model that carry a unique `key` (MediaOutlet shares Organization's).
const KEYED_LABELS = ['Article', 'Person', 'Country', 'Organization', 'Place', 'Event', 'Quote', 'Stance'];

const db = useEmptyDatabase();

describe('connection', () => {
  it('runs a query on Neo4j Community 5.26', async () => {
    const record = await withSession(db.driver(), async (session) => {
      const result = await session.run("CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition, 1 + 1 AS two");
      return result.records[0];
    });
    expect(record.get('name')).toBe('Neo4j Kernel');
    expect(record.get('version')).toMatch(/^5\.26\./);
    expect(record.get('edition')).toBe('community');
    expect(Number(record.get('two'))).toBe(2);
  });

  it('fails with ServiceUnavailable where no server listens, and succeeds on the real one', async () => {
    const port = await unusedPort();
    const nowhere = { ...connectionSettings(), uri: `bolt://127.0.0.1:${port}`, localServer: null };
    const failure = createDriver(nowhere);
    await expect(failure).rejects.toThrow(`cannot connect to Neo4j at bolt://127.0.0.1:${port}`);
    await expect(failure.catch((err: Error) => (err.cause as { code?: string }).code)).resolves.toBe(neo4j.error.SERVICE_UNAVAILABLE);
    expect(await boltAnswers(nowhere.uri, 2000)).toBe(false);

    const real = await createDriver(connectionSettings());
    try {
      const info = await real.getServerInfo();
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    } finally {
      await real.close();
    }
    expect(await boltAnswers(connectionSettings().uri, 5000)).toBe(true);
  });

  it('gives every session a fresh state and closes it even when the work throws', async () => {
    await expect(withSession(db.driver(), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    // The pool still hands out working sessions afterwards.
    const one = await withSession(db.driver(), async (s) => Number((await s.run('RETURN 1 AS one')).records[0].get('one')));
    expect(one).toBe(1);
  });
});

describe('schema apply', () => {
  // Runs first on the suite's empty database: the first apply creates, the second finds all in place.
  it('applies cleanly twice, leaving the same constraints and indexes', async () => {
    const first = await applySchema(db.driver());
    const second = await applySchema(db.driver());
    expect(first.statements).toBe(schemaStatements().length);
    expect(first.constraints).toBe(KEYED_LABELS.length);
    expect(first.indexes).toBeGreaterThanOrEqual(3);
    expect(second).toEqual(first);
  });
});

describe('with the schema applied', () => {
  beforeAll(() => applySchema(db.driver()));

  it.each(KEYED_LABELS)('has a unique key constraint on %s', async (label) => {
    const rows = await withSession(db.driver(), async (session) =>
      (await session.run('SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN type, labelsOrTypes, properties')).records.map((r) => r.toObject()),
    );
    expect(rows).toContainEqual({ type: 'UNIQUENESS', labelsOrTypes: [label], properties: ['key'] });
  });

  it('makes MERGE on the same key find one node, and rejects a duplicate CREATE', async () => {
    const driver = db.driver();
    const mergePerson = (name: string) =>
      withSession(driver, (session) =>
        session.executeWrite((tx) => tx.run('MERGE (p:Person {key: $key}) ON CREATE SET p.name = $name RETURN p', { key: 'person:alexander-grushko', name })),
      );
    await mergePerson('Alexander Grushko');
    await mergePerson('Alexander Grushko');
    const matches = await withSession(driver, async (s) => (await s.run('MATCH (p:Person {key: $key}) RETURN p.name AS name', { key: 'person:alexander-grushko' })).records);
    expect(matches.map((r) => r.get('name'))).toEqual(['Alexander Grushko']);
    expect(await countNodes(driver)).toBe(1);

    const duplicate = withSession(driver, (s) =>
      s.executeWrite((tx) => tx.run('CREATE (:Person {key: $key})', { key: 'person:alexander-grushko' })),
    );
    await expect(duplicate).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    expect(await countNodes(driver)).toBe(1);
  });
});

// Only when global setup runs the local test instance (with NEO4J_URI set by the user there is none).
if (usingLocalTestServer()) {
  describe('the local test instance', () => {
    const config = localServerConfig('test');

    it('is reported running, and a second start reuses it', async () => {
      const status = await serverStatus(config);
      expect(status.state).toBe('running');
      const again = await startServer(config);
      expect(again).toMatchObject({ alreadyRunning: true, pid: status.pid, boltUri: process.env.NEO4J_URI });
    });

    it('serves Neo4j Browser over HTTP', async () => {
      const url = browserUrl(config);
      expect(url).toBe(`http://127.0.0.1:${config.httpPort}/browser/`);
      const response = await fetch(url as string);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Neo4j Browser</title>');
    });
  });
}
