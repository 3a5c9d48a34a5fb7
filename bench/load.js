#!/usr/bin/env node
'use strict';
// Loading benchmark: ingests ../shared/corpus/wikinews, then a synthetic corpus of 10,000+
// articles built from it, into a scratch Neo4j, and prints extraction articles/s, load
// relationships/s, the time of a reload of unchanged inputs, and peak RSS.
//
//   npx tsc -p tsconfig.build.json && node bench/load.js [--synthetic 10000] [--chunk 1000] [--per-transaction 1000]
//     [--keep DIR | --reuse DIR] [--warm-up ROUNDS] [--per-file]
//
// Extraction takes minutes and is not what the load figures measure: `--keep DIR` keeps the
// corpus and its extracted records in DIR, and a later `--reuse DIR` loads those records again
// without extracting (same --synthetic and --chunk; the extraction figures printed are the kept ones).
//
// The synthetic corpus (in a temporary folder, deleted afterwards) gives every Wikinews record
// new ids and URLs and shuffles its paragraphs (seeded, so runs are comparable): the copies are
// distinct articles that share people, quotes and events, as syndicated copies do. It is written
// in files of --chunk records, extracted file by file, and loaded as `newsgraph ingest <folder>`
// loads a folder: in one run, a transaction of --per-transaction articles after another.
//
// Extraction runs first and keeps its records in the temporary folder; then, holding the
// integration tests' lock (so they do not run meanwhile), the database is emptied and loaded.
// Database: NEO4J_URI when set (it must be empty, or NEWSGRAPH_BENCH_ALLOW_WIPE=1), otherwise the
// local `test` instance (started if needed and stopped again if this script started it).
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { cpus, loadavg, tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const dist = (p) => require(resolve(__dirname, '../dist', p));
const { extractBatch } = dist('pipeline');
const { connectionSettings, openDriver, closeDriver, withSession } = dist('load/connection');
const { localServerConfig, startServer, stopServer } = dist('load/server');
const { acquireLock } = dist('load/file-lock');
const { applySchema } = dist('load/schema');
const { storedArticles, syncArticles, unchangedFilter } = dist('load/reload');

const WIKINEWS = resolve(__dirname, '../../shared/corpus/wikinews/wikinews-2019-2021.jsonl');

function textOption(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : null;
}

function option(name, fallback) {
  const value = textOption(name);
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

const random = require('./seeded-random');

function shuffled(items, rand) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Writes ceil(target / records) copies of every record, `chunk` records per JSONL file. */
function buildSyntheticCorpus(records, target, chunk, dir) {
  const copies = Math.ceil(target / records.length);
  const rand = random(7);
  const files = [];
  let lines = [];
  const flush = () => {
    if (!lines.length) return;
    const file = join(dir, `synthetic-${String(files.length).padStart(3, '0')}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
    lines = [];
  };
  for (let c = 1; c <= copies; c++) {
    for (const r of records) {
      const paragraphs = r.text.split(/\n+/).filter((p) => p.trim());
      // Keep the lead paragraph first (it carries the dateline); shuffle the rest.
      const text = [paragraphs[0], ...shuffled(paragraphs.slice(1), rand)].join('\n\n');
      lines.push(JSON.stringify({ ...r, id: `${r.id}-copy-${c}`, url: r.url ? `${r.url}?copy=${c}` : undefined, text }));
      if (lines.length === chunk) flush();
    }
  }
  flush();
  return { files, articles: copies * records.length };
}

const seconds = (ms) => (ms / 1000).toFixed(1);
const perSecond = (n, ms) => (n / (ms / 1000)).toFixed(1);

/** Extracts one input file and keeps the records on disk, so the database phase holds no CPU-bound work. */
async function extractToFile(input, output) {
  const t = Date.now();
  const { extractions, errors, signatures } = await extractBatch([input], { ingestDate: '2026-01-01' });
  const ms = Date.now() - t;
  if (errors.length) throw new Error(`${errors.length} inputs failed, e.g. ${errors[0].sourcePath}: ${errors[0].reason}`);
  // Each record keeps its story signature (computed once, during extraction), as `ingest` hands it to the loader.
  writeFileSync(output, extractions.map((x) => JSON.stringify({ extraction: x, story: signatures.get(x.article.key) })).join('\n'));
  return { articles: extractions.length, ms };
}

function readExtractions(file) {
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return {
    extractions: records.map((r) => r.extraction),
    signatures: new Map(records.filter((r) => r.story).map((r) => [r.story.key, r.story])),
  };
}

/** Loads the extracted records of `files` in one syncArticles call, as `newsgraph ingest <files...>` does. */
async function loadFiles(driver, files, options = {}) {
  const read = files.map(readExtractions);
  const extractions = read.flatMap((r) => r.extractions);
  const signatures = new Map(read.flatMap((r) => [...r.signatures]));
  return syncArticles(driver, extractions, { ingestedAt: new Date().toISOString(), signatures, articlesPerTransaction: option('per-transaction', 1000), ...options });
}

const loadFile = (driver, file, options) => loadFiles(driver, [file], options);

/**
 * "N relationships in S s = R/s (database R'/s)": the load rate over the whole load, and over the
 * database's transactions alone. The next group's graphs are built while a group is written, so
 * building and writing overlap (their sum may exceed the whole).
 */
function loadRate(rels, ms, writeMs, buildMs) {
  return (
    `${seconds(ms)} s = ${Math.round(rels / (ms / 1000))} relationships/s (database writes ${seconds(writeMs)} s = ${Math.round(rels / (writeMs / 1000))} relationships/s; ` +
    `graph building ${seconds(buildMs)} s, overlapping the writes)`
  );
}

/** The machine's 1-minute load average: the figures depend on what else runs. */
const loadAverage = () => `load average ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`;

/** What --keep writes next to the kept files, and --reuse reads back. */
const KEPT = 'bench-extraction.json';

/** Builds the synthetic corpus in `dir` and extracts it and Wikinews there, file by file. */
async function extractCorpus(dir, target, chunk) {
  const records = readFileSync(WIKINEWS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const wikiOut = join(dir, 'wikinews.extracted.jsonl');
  const wiki = { ...(await extractToFile(WIKINEWS, wikiOut)), output: wikiOut };
  const corpus = buildSyntheticCorpus(records, target, chunk, dir);
  let extractedMs = 0;
  const extracted = [];
  for (const [i, file] of corpus.files.entries()) {
    const out = file.replace(/\.jsonl$/, '.extracted.jsonl');
    const r = await extractToFile(file, out);
    extractedMs += r.ms;
    extracted.push(out);
    process.stderr.write(`  extracted synthetic file ${i + 1}/${corpus.files.length}: ${r.articles} articles in ${seconds(r.ms)} s\n`);
  }
  return { target, chunk, wiki, corpus, extracted, extractedMs };
}

/** The extraction a --keep run left in `dir`, checked against this run's settings. */
function keptExtraction(dir, target, chunk) {
  const file = join(dir, KEPT);
  if (!existsSync(file)) throw new Error(`--reuse ${dir}: no ${KEPT} there (make one with --keep ${dir})`);
  const run = JSON.parse(readFileSync(file, 'utf8'));
  if (run.target !== target || run.chunk !== chunk) {
    throw new Error(`--reuse ${dir} holds --synthetic ${run.target} --chunk ${run.chunk}, not --synthetic ${target} --chunk ${chunk}`);
  }
  for (const f of [run.wiki.output, ...run.corpus.files, ...run.extracted]) {
    if (!existsSync(f)) throw new Error(`--reuse ${dir}: ${f} is gone`);
  }
  return run;
}

async function main() {
  if (!existsSync(WIKINEWS)) {
    process.stdout.write(`bench/load: skipped, ${WIKINEWS} is not there\n`);
    return;
  }
  const target = option('synthetic', 10000);
  const chunk = option('chunk', 1000);
  const keep = textOption('keep');
  const reuse = textOption('reuse');
  if (keep && reuse) throw new Error('--keep and --reuse exclude each other');
  if (keep) mkdirSync(resolve(keep), { recursive: true });
  const dir = reuse ? resolve(reuse) : keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  let started = null;
  let lock = null;
  try {
    // 1. Extraction, no database: the Wikinews corpus, then the synthetic one file by file.
    const run = reuse ? keptExtraction(dir, target, chunk) : await extractCorpus(dir, target, chunk);
    if (keep) writeFileSync(join(dir, KEPT), JSON.stringify(run, null, 2));
    const { wiki, corpus, extracted, extractedMs } = run;
    const wikiOut = wiki.output;
    const kept = reuse ? ` (kept from an earlier run in ${dir})` : '';
    process.stdout.write(`extraction, wikinews: ${wiki.articles} articles in ${seconds(wiki.ms)} s = ${perSecond(wiki.articles, wiki.ms)} articles/s${kept}\n`);
    process.stdout.write(
      `extraction, synthetic: ${corpus.articles} articles in ${corpus.files.length} files in ${seconds(extractedMs)} s = ${perSecond(corpus.articles, extractedMs)} articles/s${kept}\n`,
    );

    // 2. The database phase, holding the integration tests' lock.
    if (!process.env.NEO4J_URI) {
      const config = localServerConfig('test');
      const result = await startServer(config, { timeoutMs: 300000 });
      if (!result.alreadyRunning) started = config;
      process.env.NEO4J_URI = result.boltUri;
    }
    const uri = connectionSettings().uri;
    const lockDir = join(tmpdir(), `newsgraph-neo4j-suite-${createHash('sha256').update(uri).digest('hex').slice(0, 12)}.lock`);
    lock = await acquireLock(lockDir, { timeoutMs: 30 * 60000 });
    const driver = await openDriver();
    const empty = () => withSession(driver, (session) => session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'));
    await withSession(driver, async (session) => {
      const n = Number((await session.run('MATCH (n) RETURN count(n) AS n')).records[0].get('n'));
      if (n > 0 && process.env.NEWSGRAPH_TEST_SERVER !== 'local' && !started && !/:7688$/.test(uri) && process.env.NEWSGRAPH_BENCH_ALLOW_WIPE !== '1') {
        throw new Error(`${uri} holds ${n} nodes: point NEO4J_URI at a scratch database or set NEWSGRAPH_BENCH_ALLOW_WIPE=1`);
      }
    });
    await empty();
    await applySchema(driver);

    // A freshly started server spends its first minute of loading compiling (the JVM's JIT, slowed
    // further when other processes share the CPU): that would be measured in whatever comes first.
    // So, unless --warm-up 0, the same kind of work is done and deleted again before measuring:
    // each round loads Wikinews and the first synthetic file, rewrites Wikinews (--force: the
    // replace path) and empties the database. On this 2-core machine a round took 15 s on a fresh
    // server, then 5, 4, 4, 3.4, 3.5, 3.2 and 3.1 s: the JIT keeps improving for about 8 rounds, and
    // a server that has been running for a while (as a user's local database) loads at that pace.
    const rounds = process.argv.includes('--warm-up') ? Number(textOption('warm-up') ?? NaN) : 8;
    if (!Number.isInteger(rounds) || rounds < 0) throw new Error('--warm-up takes a number of rounds (0 for none)');
    for (let round = 1; round <= rounds; round++) {
      const t = Date.now();
      await loadFile(driver, wikiOut);
      await loadFile(driver, extracted[0]);
      await loadFile(driver, wikiOut, { force: true });
      await empty();
      process.stdout.write(`warm-up round ${round}/${rounds} (not measured): ${seconds(Date.now() - t)} s\n`);
    }

    const wikiLoad = await loadFile(driver, wikiOut);
    process.stdout.write(
      `load, wikinews: ${wikiLoad.relationshipsCreated} relationships, ${wikiLoad.nodesCreated} nodes in ${loadRate(wikiLoad.relationshipsCreated, wikiLoad.ms, wikiLoad.writeMs, wikiLoad.buildMs)}\n`,
    );
    // The synthetic folder is ingested as `newsgraph ingest <folder>` ingests it: one call over all its
    // files, so the next transaction's graphs are built while one is written. --per-file loads the
    // files one call after another instead (a user ingesting folders one by one): nothing overlaps
    // the write of a file's last transaction.
    const perFile = process.argv.includes('--per-file');
    const first = { ms: 0, writeMs: 0, buildMs: 0, rels: 0, written: 0, nodes: 0 };
    const loadStart = loadAverage();
    const calls = perFile ? extracted.map((f) => [f]) : [extracted];
    for (const [i, files] of calls.entries()) {
      const s = await loadFiles(driver, files, {
        onProgress: (done, total) => !perFile && process.stderr.write(`  loaded ${done}/${total} synthetic articles\n`),
      });
      first.ms += s.ms;
      first.writeMs += s.writeMs;
      first.buildMs += s.buildMs;
      first.rels += s.relationshipsCreated;
      first.written += s.relationshipsCreated + s.relationshipsUpdated;
      first.nodes += s.nodesCreated;
      if (perFile) process.stderr.write(`  loaded synthetic file ${i + 1}/${extracted.length}: ${s.relationshipsCreated} relationships in ${seconds(s.ms)} s (database writes ${seconds(s.writeMs)} s)\n`);
    }
    process.stdout.write(
      `load, synthetic (${perFile ? `${extracted.length} ingests of one file each` : `one ingest of ${extracted.length} files`}): ${first.rels} relationships created (+${first.written - first.rels} merged into existing ones), ${first.nodes} nodes in ${loadRate(first.rels, first.ms, first.writeMs, first.buildMs)}; ` +
        `${Math.round(first.written / (first.ms / 1000))} relationships/s written (${loadStart} before, ${loadAverage()} after)\n`,
    );

    // 3. Reload of the unchanged synthetic corpus, as `newsgraph reload` does it: read, clean and
    // hash every article, find it unchanged, extract and write nothing.
    const t = Date.now();
    let unchanged = 0;
    let writes = 0;
    for (const file of corpus.files) {
      const stored = await storedArticles(driver);
      const { extractions, unchanged: same, signatures } = await extractBatch([file], { ingestDate: '2026-01-01', isUnchanged: unchangedFilter(stored) });
      const s = await syncArticles(driver, extractions, { stored, alreadyLoaded: same, signatures, ingestedAt: new Date().toISOString() });
      unchanged += same.length;
      writes += extractions.length + s.nodesCreated + s.relationshipsCreated + s.nodesDeleted + s.relationshipsDeleted;
    }
    const reloadMs = Date.now() - t;
    const firstIngestMs = extractedMs + first.ms;
    process.stdout.write(
      `reload unchanged, synthetic: ${unchanged} articles skipped, ${writes} extractions or writes, in ${seconds(reloadMs)} s = ` +
        `${((100 * reloadMs) / firstIngestMs).toFixed(1)}% of the first ingest (extraction + load, ${seconds(firstIngestMs)} s)\n`,
    );
    process.stdout.write(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
  } finally {
    if (!keep && !reuse) rmSync(dir, { recursive: true, force: true });
    await closeDriver();
    lock?.release();
    if (started) await stopServer(started);
  }
}

main().catch((err) => {
  process.stderr.write(`bench/load: ${err.stack || err.message}\n`);
  process.exitCode = 1;
});
