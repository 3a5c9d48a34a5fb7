// `ingest` and `reload`: make the graph hold the given articles. Unchanged articles (same key and
// content hash on the Article node) are skipped; changed ones have their old contribution replaced
// in the same transaction as the new one is written; with `prune`, stored articles whose source
// is within the given paths but was not read this time are removed. Running it twice changes nothing.
import { resolve, sep } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { buildArticleGraph } from '../graph/build';
import type { StorySignature } from '../resolve/same-story';
import type { Extraction } from '../types';
import { addCounts, emptyCounts, prepareGroup, removeArticles, sameStoryRows, writeGroup, type WriteCounts } from './loader';
import { EXTRACTOR_VERSION } from '../version';

export interface StoredArticle {
  key: string;
  contentHash: string | null;
  /** The extractors that wrote it (EXTRACTOR_VERSION); null for articles written before it was stored. */
  extractorVersion?: string | null;
  /** The first source (kept for queries that show one path). */
  sourcePath: string | null;
  /** Every source known to hold the article (copies that clean to the same text share one key). */
  sourcePaths?: string[];
}

export interface IncomingArticle {
  key: string;
  contentHash: string;
  sourcePath: string;
}

export interface SyncPlan {
  /** Indexes into the incoming list, in input order, with whether an older version is replaced. */
  write: { index: number; replacing: boolean }[];
  unchanged: number[];
  /** Articles whose set of sources changed (moved, copied, or a copy gone) while their content did not. */
  moved: { key: string; sourcePaths: string[] }[];
  /** Every source of each article written or kept, sorted: what Article.sourcePaths holds afterwards. */
  sourcePaths: Map<string, string[]>;
  /** Stored articles whose file now holds other content, by the index of the article that replaces them. */
  superseded: Map<number, string[]>;
  /** Stored articles whose source is gone (only with prune). */
  pruned: string[];
  /** Incoming articles with a key already seen earlier in the same input (the first one wins). */
  duplicates: number[];
}

export interface PlanOptions {
  prune?: boolean;
  /** Rewrite every input article even when its content and extractor version are unchanged. */
  force?: boolean;
  /** The input paths as given on the command line: what a prune may remove is limited to them. */
  scope?: string[];
  /** Sources that exist but could not be read this time: never pruned. */
  unreadable?: string[];
}

/** Decides what to write, skip and remove; pure, so the rules are tested without a database. */
export function planSync(stored: StoredArticle[], incoming: IncomingArticle[], options: PlanOptions = {}): SyncPlan {
  const byKey = new Map(stored.map((s) => [s.key, s]));
  const plan: SyncPlan = { write: [], unchanged: [], moved: [], sourcePaths: new Map(), superseded: new Map(), pruned: [], duplicates: [] };
  const firstIndex = new Map<string, number>();
  /** Which article each source read this time holds, and where that article is first in the input. */
  const readPaths = new Map<string, { key: string; index: number }>();
  incoming.forEach((article, index) => {
    if (firstIndex.has(article.key)) plan.duplicates.push(index);
    else firstIndex.set(article.key, index);
    readPaths.set(article.sourcePath, { key: article.key, index: firstIndex.get(article.key)! });
  });

  // A stored source still holds its article unless it now holds another one, or (prune) it is gone.
  const unreadable = new Set((options.unreadable ?? []).map((p) => resolve(p)));
  const scope = (options.scope ?? []).map((p) => resolve(p));
  const gone = (path: string) => Boolean(options.prune) && !readPaths.has(path) && isWithin(path, scope) && !unreadable.has(resolve(fileOf(path)));
  const keptSources = (s: StoredArticle) => storedPaths(s).filter((p) => (readPaths.get(p)?.key ?? s.key) === s.key && !gone(p));

  const incomingPaths = new Map<string, string[]>();
  for (const article of incoming) incomingPaths.set(article.key, [...(incomingPaths.get(article.key) ?? []), article.sourcePath]);

  for (const [key, index] of firstIndex) {
    const old = byKey.get(key);
    const sources = sortedUnion(old ? keptSources(old) : [], incomingPaths.get(key)!);
    plan.sourcePaths.set(key, sources);
    if (old && isCurrent(old, incoming[index].contentHash) && !options.force) {
      plan.unchanged.push(index);
      if (!sameList(sortedUnion(storedPaths(old), []), sources)) plan.moved.push({ key, sourcePaths: sources });
    } else {
      plan.write.push({ index, replacing: Boolean(old) });
    }
  }
  plan.unchanged.sort((x, y) => x - y);
  plan.write.sort((x, y) => x.index - y.index);

  for (const s of stored) {
    if (firstIndex.has(s.key)) continue;
    const all = storedPaths(s);
    if (!all.length) continue;
    const kept = keptSources(s);
    if (kept.length === all.length) continue;
    if (kept.length) {
      // Another copy still holds it: only its list of sources shrinks.
      plan.sourcePaths.set(s.key, sortedUnion(kept, []));
      plan.moved.push({ key: s.key, sourcePaths: sortedUnion(kept, []) });
      continue;
    }
    const replacer = all.map((p) => readPaths.get(p)?.index).find((i) => i !== undefined);
    if (replacer !== undefined) plan.superseded.set(replacer, [...(plan.superseded.get(replacer) ?? []), s.key]);
    else plan.pruned.push(s.key);
  }
  return plan;
}

/** The stored sources of an article (older graphs have only `sourcePath`). */
function storedPaths(s: StoredArticle): string[] {
  if (s.sourcePaths?.length) return s.sourcePaths;
  return s.sourcePath ? [s.sourcePath] : [];
}

function sortedUnion(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** "corpus/x.jsonl#3" -> "corpus/x.jsonl". */
function fileOf(sourcePath: string): string {
  return sourcePath.replace(/#\d+$/, '');
}

function isWithin(sourcePath: string, scope: string[]): boolean {
  const file = resolve(fileOf(sourcePath));
  return scope.some((root) => file === root || file.startsWith(root.endsWith(sep) ? root : root + sep));
}

export interface SyncOptions extends PlanOptions {
  /** ISO date-time stored as Article.ingestedAt on the articles written. */
  ingestedAt: string;
  /** Whole articles per transaction. */
  articlesPerTransaction?: number;
  onProgress?: (done: number, total: number) => void;
  /** What the database held before, when the caller already read it (see `unchangedFilter`). */
  stored?: StoredArticle[];
  /** Inputs found unchanged before extraction (extractBatch's `unchanged`): not written, but not pruned either. */
  alreadyLoaded?: IncomingArticle[];
  /** Story signatures by article key (extractBatch's `signatures`), so they are not computed again. */
  signatures?: ReadonlyMap<string, StorySignature>;
}

export interface SyncSummary extends WriteCounts {
  articles: { added: number; updated: number; unchanged: number; removed: number; duplicates: number };
  warnings: string[];
  ms: number;
  /**
   * Building and merging the in-memory graphs, and the database's transactions (from start to
   * commit). The next group is built while one is written, so the two overlap: buildMs + writeMs
   * may exceed `ms`.
   */
  buildMs: number;
  writeMs: number;
}

/** Articles built between two yields to the event loop while a write is in flight. */
const BUILD_SLICE = 25;

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function syncArticles(driver: Driver, extractions: Extraction[], options: SyncOptions): Promise<SyncSummary> {
  const started = Date.now();
  const stored = options.stored ?? (await storedArticles(driver));
  const extracted = extractions.map((x) => ({ key: x.article.key, contentHash: x.article.contentHash, sourcePath: x.article.sourcePath }));
  // Extracted articles come first so that their indexes in the plan are indexes into `extractions`.
  const plan = planSync(stored, [...extracted, ...(options.alreadyLoaded ?? [])], options);
  const counts = emptyCounts();
  const warnings: string[] = [];
  const perTx = Math.max(1, options.articlesPerTransaction ?? 1000);
  const total = plan.write.length + plan.pruned.length;
  let done = 0;

  let buildMs = 0;
  let writeMs = 0;
  // While a group is being written, the next one is built: graph building is client CPU and the
  // write is mostly the server's, so the two overlap. Building yields to the event loop now and then
  // so the driver keeps feeding the transaction in flight. Transactions themselves run one at a
  // time, in input order: two concurrent ones (measured with bench/load.js) were slower, as they
  // wait for each other's locks on the entity nodes they share, and a group that replaces articles
  // must run alone anyway (its sweep may delete nodes another transaction is linking to).
  // The write in flight; a failure is kept (not thrown) until awaited, so it is never unhandled.
  let inFlight: Promise<{ counts?: WriteCounts; error?: unknown; size: number; start: number; end: number }> | null = null;
  const finishWrite = async () => {
    const result = await inFlight!;
    inFlight = null;
    if (result.error !== undefined) throw result.error;
    addCounts(counts, result.counts!);
    writeMs += result.end - result.start;
    done += result.size;
    options.onProgress?.(done, total);
  };
  try {
    for (let i = 0; i < plan.write.length; i += perTx) {
      const chunk = plan.write.slice(i, i + perTx);
      let building = Date.now();
      const graphs = [];
      for (const [n, { index }] of chunk.entries()) {
        if (inFlight && n % BUILD_SLICE === BUILD_SLICE - 1) {
          buildMs += Date.now() - building;
          await yieldToIo();
          building = Date.now();
        }
        graphs.push(
          buildArticleGraph(extractions[index], {
            ingestedAt: options.ingestedAt,
            story: options.signatures?.get(extractions[index].article.key),
            sourcePaths: plan.sourcePaths.get(extractions[index].article.key),
          }),
        );
      }
      for (const g of graphs) for (const w of g.getAttribute('warnings')) warnings.push(w);
      const group = prepareGroup(
        graphs,
        chunk.filter((c) => c.replacing).map((c) => extractions[c.index].article.key),
        chunk.flatMap((c) => plan.superseded.get(c.index) ?? []),
        chunk.flatMap((c) => sameStoryRows(extractions[c.index].article.key, extractions[c.index].article.sameStoryAs)),
      );
      buildMs += Date.now() - building;
      if (inFlight) await finishWrite();
      const start = Date.now();
      inFlight = writeGroup(driver, group).then(
        (written) => ({ counts: written, size: chunk.length, start, end: Date.now() }),
        (error: unknown) => ({ error, size: chunk.length, start, end: Date.now() }),
      );
    }
    if (inFlight) await finishWrite();
  } catch (err) {
    // Building a group failed while the previous one was being written: let that transaction end first.
    if (inFlight) await inFlight;
    throw err;
  }

  for (let i = 0; i < plan.pruned.length; i += perTx) {
    const keys = plan.pruned.slice(i, i + perTx);
    const writing = Date.now();
    addCounts(counts, await removeArticles(driver, keys));
    writeMs += Date.now() - writing;
    done += keys.length;
    options.onProgress?.(done, total);
  }

  if (plan.moved.length) {
    const writing = Date.now();
    await updateSourcePaths(driver, plan.moved);
    writeMs += Date.now() - writing;
  }

  const superseded = [...plan.superseded.values()].reduce((n, keys) => n + keys.length, 0);
  return {
    ...counts,
    articles: {
      added: plan.write.filter((w) => !w.replacing).length,
      updated: plan.write.filter((w) => w.replacing).length,
      unchanged: plan.unchanged.length,
      removed: plan.pruned.length + superseded,
      duplicates: plan.duplicates.length,
    },
    warnings,
    ms: Date.now() - started,
    buildMs,
    writeMs,
  };
}

/** The stored articles' story signatures, for same-story links between new and loaded articles. */
export async function knownStories(driver: Driver): Promise<StorySignature[]> {
  const session = driver.session();
  try {
    const result = await session.executeRead((tx) =>
      tx.run(
        `MATCH (a:Article) WHERE a.storySignature IS NOT NULL
         RETURN a.key AS key, a.storySignature AS signature, a.storyShingles AS shingles`,
      ),
    );
    return result.records.map((r) => ({
      key: r.get('key'),
      signature: (r.get('signature') as unknown[]).map(Number),
      shingles: r.get('shingles') === null ? undefined : Number(r.get('shingles')),
    }));
  } finally {
    await session.close();
  }
}

/**
 * A test for extractBatch's `isUnchanged`: true for an article stored with the same key and
 * content hash, so a reload of unchanged inputs reads and cleans them but never extracts them.
 */
export function unchangedFilter(stored: StoredArticle[]): (article: { key: string; contentHash: string }) => boolean {
  const byKey = new Map(stored.map((s) => [s.key, s]));
  return (article) => {
    const old = byKey.get(article.key);
    return old !== undefined && isCurrent(old, article.contentHash);
  };
}

/** Stored with this content by these extractors: nothing to write. */
function isCurrent(stored: StoredArticle, contentHash: string): boolean {
  return stored.contentHash === contentHash && stored.extractorVersion === EXTRACTOR_VERSION;
}

export async function storedArticles(driver: Driver): Promise<StoredArticle[]> {
  const session = driver.session();
  try {
    const result = await session.executeRead((tx) =>
      tx.run('MATCH (a:Article) RETURN a.key AS key, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion, a.sourcePath AS sourcePath, a.sourcePaths AS sourcePaths'),
    );
    return result.records.map((r) => ({
      key: r.get('key'),
      contentHash: r.get('contentHash'),
      extractorVersion: r.get('extractorVersion'),
      sourcePath: r.get('sourcePath'),
      sourcePaths: r.get('sourcePaths') ?? undefined,
    }));
  } finally {
    await session.close();
  }
}

async function updateSourcePaths(driver: Driver, rows: { key: string; sourcePaths: string[] }[]): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) =>
      // The list inside a map parameter: one cached plan whatever its length (see loader.ts runBatch).
      tx.run('UNWIND $batch.rows AS row MATCH (a:Article {key: row.key}) SET a.sourcePaths = row.sourcePaths, a.sourcePath = row.sourcePaths[0]', { batch: { rows } }),
    );
  } finally {
    await session.close();
  }
}

/** One line for the end of a run. */
export function formatSummary(s: SyncSummary): string {
  const a = s.articles;
  return (
    `articles: ${a.added} added, ${a.updated} updated, ${a.unchanged} unchanged, ${a.removed} removed` +
    `${a.duplicates ? `, ${a.duplicates} duplicates skipped` : ''}; ` +
    `nodes: ${s.nodesCreated} created, ${s.nodesUpdated} updated, ${s.nodesDeleted} deleted; ` +
    `relationships: ${s.relationshipsCreated} created, ${s.relationshipsUpdated} updated, ${s.relationshipsDeleted} deleted; ` +
    `${(s.ms / 1000).toFixed(1)} s`
  );
}
