// Writing to Neo4j: a group of whole articles per transaction, and removing an article's
// contribution precisely (see the provenance rules in src/graph/model.ts).
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { ArticleGraph } from '../graph/merge';
import { EVIDENCE_TYPES } from '../graph/model';
import type { SameStoryLink } from '../types';
import { bindEnds, graphStatements, groupByStart, type NodeStatement, type RelationshipStatement, type Statement } from './statements';

export interface WriteCounts {
  nodesCreated: number;
  nodesUpdated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  relationshipsDeleted: number;
}

export function emptyCounts(): WriteCounts {
  return { nodesCreated: 0, nodesUpdated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsDeleted: 0 };
}

export function addCounts(total: WriteCounts, more: WriteCounts): WriteCounts {
  for (const k of Object.keys(total) as (keyof WriteCounts)[]) total[k] += more[k];
  return total;
}

/** A failed write, naming the statement and the articles of the transaction. */
export class LoadError extends Error {
  constructor(message: string, readonly articles: string[], readonly cause?: unknown) {
    super(message);
    this.name = 'LoadError';
  }
}

const EVIDENCE = EVIDENCE_TYPES.join('|');

/**
 * Query options of every statement the loader runs. Each statement starts from a unique-key index
 * or element-id look-up, so its plan does not depend on the graph's statistics; without
 * `replan=skip` Neo4j would still plan every statement again and again while a load makes the graph
 * grow from nothing (it replans when the statistics have changed enough).
 */
const QUERY_OPTIONS = 'CYPHER replan=skip\n';

/**
 * Runs a loader statement. Its lists come inside one map parameter, `$batch` (`$batch.rows`,
 * `$batch.keys`): Neo4j keys its plan cache on the size of each top-level list parameter (in
 * buckets), so a statement sent with 3 rows, then 50, then 500 was planned three times, at 0.1-0.4 s
 * a plan on a busy 2-core machine, for each of the loader's few dozen statements. A list inside a
 * map does not enter the cache key: each statement is planned once.
 */
function runBatch(tx: ManagedTransaction, cypher: string, batch: Record<string, unknown>): Promise<QueryResult> {
  return tx.run(QUERY_OPTIONS + cypher, { batch });
}

export interface WriteGroup {
  /** Keys of the articles whose contribution the statements write. */
  articles: string[];
  /** The statements writing those articles' graphs (see `prepareGroup`). */
  statements: Statement[];
  /** Articles already in the database whose old contribution is replaced by this write. */
  replacing: string[];
  /** Articles to remove entirely (their Article node too). */
  removing: string[];
  /** SAME_STORY_AS links of the articles written (see `writeGroup`). */
  sameStory: SameStoryRow[];
}

export interface SameStoryRow {
  from: string;
  to: string;
  similarity: number;
}

/**
 * The write of a group of article graphs, merged into one set of statements. Prepared before the
 * transaction starts: the rows are not rebuilt when executeWrite retries, and the caller can
 * prepare the next group while this one is being written.
 */
export function prepareGroup(graphs: readonly ArticleGraph[], replacing: string[] = [], removing: string[] = [], sameStory: SameStoryRow[] = []): WriteGroup {
  return { articles: graphs.flatMap((g) => g.getAttribute('articles')), statements: graphStatements(graphs), replacing, removing, sameStory };
}

/**
 * One transaction: detach the old contribution of `replacing` and `removing`, write the graph,
 * then delete what was left without evidence. Either all of it happens or none of it does.
 */
export async function writeGroup(driver: Driver, group: WriteGroup): Promise<WriteCounts> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const counts = emptyCounts();
      // Every article written is detached first, not only those the plan knows are stored: relationship
      // statements CREATE the Article edges, which must not exist yet even if another run stored the
      // article since the plan was made. For a new article this finds nothing and costs one index look-up.
      const replacing = new Set(group.replacing);
      const written = group.articles.filter((k) => !replacing.has(k));
      const gone = [...group.replacing, ...group.removing];
      const detaching = [...gone, ...written];
      const touched = detaching.length ? await detachContribution(tx, detaching, counts) : [];
      // From here statements are sent without waiting for each other (the driver pipelines them and
      // the server runs them in order); relationships need the nodes' ids, so they wait for those.
      const detached = detaching.length ? detachArticleEdges(tx, detaching, counts) : null;
      const ids = new Map<string, string>();
      const nodes = group.statements.filter((s): s is NodeStatement => s.kind === 'node');
      const [, ...nodeResults] = await Promise.all([detached, ...nodes.map((s) => runCounted(tx, s.cypher, { rows: s.rows }, counts, s.name))]);
      nodeResults.forEach((result, i) => {
        counts.nodesUpdated += nodes[i].rows.length - result.summary.counters.updates().nodesCreated;
        for (const r of result.records) ids.set(r.get('key'), r.get('id'));
      });
      const rels = group.statements.filter((s): s is RelationshipStatement => s.kind === 'relationship');
      const links = group.sameStory.length ? writeSameStoryLinks(tx, group.sameStory, counts) : null;
      const [relResults] = await Promise.all([
        Promise.all(rels.map((s) => runCounted(tx, s.cypher, { rows: groupByStart(s.name, bindEnds(s.rows, ids)) }, counts, s.name))),
        links,
      ]);
      relResults.forEach((result, i) => {
        counts.relationshipsUpdated += rels[i].rows.length - result.summary.counters.updates().relationshipsCreated;
      });
      if (group.removing.length) {
        await runCounted(tx, 'UNWIND $batch.keys AS key MATCH (a:Article {key: key}) DETACH DELETE a', { keys: group.removing }, counts, 'remove articles');
      }
      if (touched.length) await sweep(tx, touched, counts);
      return counts;
    });
  } catch (err) {
    const keys = group.articles.concat(group.removing);
    const shown = keys.slice(0, 3).join(', ') + (keys.length > 3 ? `, ... (${keys.length} articles)` : '');
    throw new LoadError(`loader.writeGroup: writing ${shown} failed: ${(err as Error).message}`, keys, err);
  } finally {
    await session.close();
  }
}

/** Removes articles and their contribution, in one transaction. */
export async function removeArticles(driver: Driver, keys: string[]): Promise<WriteCounts> {
  return writeGroup(driver, prepareGroup([], [], keys));
}

/**
 * Takes the articles out of the shared facts they contributed, without deleting anything shared
 * yet: their keys leave the `articles` lists of shared edges, and their EVIDENCED_BY edges go.
 * Returns the ids of the nodes they touched, for `sweep`. (Their own edges go in detachArticleEdges.)
 */
async function detachContribution(tx: ManagedTransaction, keys: string[], counts: WriteCounts): Promise<string[]> {
  const found = await runBatch(
    tx,
    `UNWIND $batch.keys AS key
     MATCH (:Article {key: key})-[:${EVIDENCE}]-(n)
     RETURN collect(DISTINCT elementId(n)) AS ids`,
    { keys },
  );
  const ids: string[] = found.records[0]?.get('ids') ?? [];
  // New articles (the common case of a first load) touched nothing: no need to look further.
  if (!ids.length) return ids;
  await runCounted(
    tx,
    `UNWIND $batch.ids AS id
     MATCH (n) WHERE elementId(n) = id
     MATCH (n)-[r]-()
     WHERE r.articles IS NOT NULL AND any(k IN r.articles WHERE k IN $batch.keys)
     WITH DISTINCT r
     SET r.articles = [k IN r.articles WHERE NOT k IN $batch.keys]
     // A role's asOf is the latest reference date of the articles stating it: recompute it from those left.
     WITH r WHERE type(r) = 'HOLDS_ROLE' AND size(r.articles) > 0
     CALL {
       WITH r
       MATCH (a:Article) WHERE a.key IN r.articles
       RETURN max(a.referenceDate) AS asOf
     }
     SET r.asOf = asOf`,
    { ids, keys },
    counts,
    'detach shared facts',
  );
  await runCounted(
    tx,
    `UNWIND $batch.ids AS id
     MATCH (n:Stance)-[r:EVIDENCED_BY]->() WHERE elementId(n) = id AND r.article IN $batch.keys
     DELETE r`,
    { ids, keys },
    counts,
    'detach stance evidence',
  );
  return ids;
}

/** Deletes every edge of the articles (the relationship statements create the new ones). */
function detachArticleEdges(tx: ManagedTransaction, keys: string[], counts: WriteCounts): Promise<QueryResult> {
  return runCounted(tx, 'UNWIND $batch.keys AS key MATCH (:Article {key: key})-[r]-() DELETE r', { keys }, counts, 'detach article edges');
}

/** Deletes shared edges no article states any more, then nodes left with no evidence. */
async function sweep(tx: ManagedTransaction, ids: string[], counts: WriteCounts): Promise<void> {
  await runCounted(
    tx,
    `UNWIND $batch.ids AS id
     MATCH (n)-[r]-() WHERE elementId(n) = id AND r.articles = []
     WITH DISTINCT r
     DELETE r`,
    { ids },
    counts,
    'delete unsupported facts',
  );
  await runCounted(
    tx,
    `UNWIND $batch.ids AS id
     MATCH (n) WHERE elementId(n) = id AND NOT EXISTS { (n)-[:${EVIDENCE}]-(:Article) }
     DETACH DELETE n`,
    { ids },
    counts,
    'delete nodes without evidence',
  );
}

/**
 * SAME_STORY_AS links between articles that are both in the database (either direction counts).
 * A link to an article written by a later transaction of the same run finds nothing here; that
 * article's own rows hold the link back (linkSameStories lists a pair under both of its written
 * articles), and write it then. A link to a stored article this run replaces later is deleted with
 * its old edges and written again the same way.
 */
function writeSameStoryLinks(tx: ManagedTransaction, rows: SameStoryRow[], counts: WriteCounts): Promise<QueryResult> {
  return runCounted(
    tx,
    `UNWIND $batch.rows AS row
     MATCH (a:Article {key: row.from})
     MATCH (b:Article {key: row.to})
     MERGE (a)-[r:SAME_STORY_AS]-(b)
     SET r.similarity = row.similarity`,
    { rows },
    counts,
    'SAME_STORY_AS',
  );
}

export function sameStoryRows(articleKey: string, links: SameStoryLink[]): SameStoryRow[] {
  return links.filter((l) => l.key !== articleKey).map((l) => ({ from: articleKey, to: l.key, similarity: l.similarity }));
}

async function runCounted(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
  counts: WriteCounts,
  what: string,
): Promise<QueryResult> {
  let result: QueryResult;
  try {
    result = await runBatch(tx, cypher, params);
  } catch (err) {
    // Name the statement but keep the driver's error (its code decides whether executeWrite retries).
    if (err instanceof Error) err.message = `${what}: ${err.message}`;
    throw err;
  }
  const u = result.summary.counters.updates();
  counts.nodesCreated += u.nodesCreated;
  counts.nodesDeleted += u.nodesDeleted;
  counts.relationshipsCreated += u.relationshipsCreated;
  counts.relationshipsDeleted += u.relationshipsDeleted;
  return result;
}
