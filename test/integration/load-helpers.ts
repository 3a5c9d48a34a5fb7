// Shared steps of the loading suites: sample inputs in a scratch folder (so tests may edit and
// delete files), extract + load as `newsgraph ingest/reload` do, and a comparable snapshot of
// the whole graph.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { withSession } from '../../src/load/connection';
import { knownStories, storedArticles, syncArticles, unchangedFilter, type SyncSummary } from '../../src/load/reload';
import { toPlain } from '../../src/load/values';
import { extractBatch } from '../../src/pipeline';
import type { Extraction } from '../../src/types';

export const SAMPLES = resolve(__dirname, '../../samples');

export interface SampleRecord {
  id?: string;
  url?: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  language?: string;
  text: string;
}

export function readJsonl(path: string): SampleRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SampleRecord);
}

/**
 * A scratch folder with the sample story (both copies, one JSON file each) and the Wikinews
 * samples (one JSON file each), plus any extra records. Returns the folder and file paths.
 */
export function sampleFolder(extra: Record<string, SampleRecord> = {}): { dir: string; files: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-samples-'));
  const files: Record<string, string> = {};
  const write = (name: string, record: SampleRecord) => {
    files[name] = join(dir, `${name}.json`);
    writeFileSync(files[name], JSON.stringify(record));
  };
  for (const r of readJsonl(join(SAMPLES, 'ukraine-nato.jsonl'))) write(r.id!, r);
  readJsonl(join(SAMPLES, 'wikinews.jsonl')).forEach((r, i) => write(`wikinews-${String(i).padStart(2, '0')}`, r));
  for (const [name, r] of Object.entries(extra)) write(name, r);
  return { dir, files };
}

export interface LoadResult {
  summary: SyncSummary;
  extractions: Extraction[];
  errors: number;
}

/** What `newsgraph ingest` (prune false) or `newsgraph reload --prune` do, without the CLI. */
export async function load(driver: Driver, paths: string[], options: { prune?: boolean; articlesPerTransaction?: number } = {}): Promise<LoadResult> {
  const stored = await storedArticles(driver);
  const { extractions, errors, unchanged, signatures } = await extractBatch(paths, { ingestDate: '2026-01-01', isUnchanged: unchangedFilter(stored), knownStories: await knownStories(driver) });
  const summary = await syncArticles(driver, extractions, {
    stored,
    alreadyLoaded: unchanged,
    signatures,
    prune: options.prune,
    scope: paths,
    unreadable: errors.map((e) => e.sourcePath),
    ingestedAt: '2026-01-01T00:00:00Z',
    articlesPerTransaction: options.articlesPerTransaction ?? 5,
  });
  return { summary, extractions, errors: errors.length };
}

export async function rows(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return withSession(driver, async (session) => {
    const result = await session.run(cypher, params);
    return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  });
}

export async function counts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [r] = await rows(driver, 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  return r as { nodes: number; relationships: number };
}

/**
 * Every node and relationship as sorted text lines, without ingestion times, and without
 * `aliases` (a name an article added to a shared entity stays after that article is removed:
 * aliases carry no per-article provenance).
 */
export async function snapshot(driver: Driver): Promise<string[]> {
  const clean = (props: Record<string, unknown>) => {
    const { ingestedAt: _i, aliases: _a, ...rest } = props;
    if (Array.isArray(rest.articles)) rest.articles = [...(rest.articles as string[])].sort();
    return JSON.stringify(Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))));
  };
  const nodes = await rows(driver, 'MATCH (n) RETURN n.key AS key, labels(n) AS labels, properties(n) AS props');
  const rels = await rows(driver, 'MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS type, b.key AS b, properties(r) AS props');
  return [
    ...nodes.map((n) => `${n.key} ${[...(n.labels as string[])].sort().join(':')} ${clean(n.props as Record<string, unknown>)}`),
    ...rels.map((r) => {
      // SAME_STORY_AS is symmetric: its stored direction depends on which copy was loaded first.
      const [a, b] = r.type === 'SAME_STORY_AS' ? [r.a, r.b].map(String).sort() : [r.a, r.b];
      return `${a} -${r.type}-> ${b} ${clean(r.props as Record<string, unknown>)}`;
    }),
  ].sort();
}
