#!/usr/bin/env node
'use strict';
// Start-up figures of the local Neo4j server, in a scratch folder on ports 17787/17574 so it
// touches neither the user's server nor the tests': fetching the jars, the first start (a new
// store), a clean stop, a warm start, and the size of the jar folder.
//
//   node bench/neo4j-startup.js                 # Maven from ~/.m2 (warm, as after the first time)
//   node bench/neo4j-startup.js --cold-maven    # Maven from an empty repository (the first time)
//
// Run after `npx tsc -p tsconfig.build.json`.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const coldMaven = process.argv.includes('--cold-maven');
const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-bench-neo4j-'));
process.env.NEWSGRAPH_NEO4J_DIR = scratch;
process.env.NEWSGRAPH_BOLT_PORT = process.env.NEWSGRAPH_BENCH_BOLT_PORT || '17787';
process.env.NEWSGRAPH_HTTP_PORT = process.env.NEWSGRAPH_BENCH_HTTP_PORT || '17574';
if (coldMaven) process.env.MAVEN_OPTS = `${process.env.MAVEN_OPTS || ''} -Dmaven.repo.local=${join(scratch, 'm2')}`.trim();

const server = require('../dist/load/server.js');

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const du = (path) => execFileSync('du', ['-sh', path], { encoding: 'utf8' }).split('\t')[0];

async function main() {
  const config = server.localServerConfig('local');
  const figures = [];
  try {
    let t = Date.now();
    await server.ensureJars(config, () => undefined, true);
    figures.push([`fetch jars (${coldMaven ? 'empty' : 'warm'} Maven repository)`, seconds(Date.now() - t)]);
    figures.push(['jar folder', du(config.libDir)]);
    if (coldMaven) figures.push(['Maven download (repository size)', du(join(scratch, 'm2'))]);

    const first = await server.startServer(config, { timeoutMs: 600_000 });
    figures.push(['first start (new store) until Bolt answers', seconds(first.elapsedMs)]);
    t = Date.now();
    await server.stopServer(config);
    figures.push(['clean stop', seconds(Date.now() - t)]);
    const warm = await server.startServer(config, { timeoutMs: 600_000 });
    figures.push(['warm start until Bolt answers', seconds(warm.elapsedMs)]);
  } finally {
    await server.stopServer(config);
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const [what, value] of figures) process.stdout.write(`${what.padEnd(48)} ${value}\n`);
}

main().catch((err) => {
  process.stderr.write(`neo4j-startup: ${err.message}\n`);
  process.exit(1);
});
