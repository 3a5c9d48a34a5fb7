#!/usr/bin/env node
'use strict';
// `npm run bench`: every benchmark of bench/, one after another, each in its own process (so
// peak RSS figures are per benchmark). Scripts that are not there yet are skipped. Arguments
// after `--` go to bench/load.js (e.g. `npm run bench -- --synthetic 2000`).
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const BENCHES = ['load.js', 'html-f1.js', 'ner-gum.js', 'dates-gum.js', 'quotes.js'];

if (!existsSync(join(__dirname, '../dist/pipeline.js'))) {
  process.stderr.write('bench: build first (npx tsc -p tsconfig.build.json)\n');
  process.exit(1);
}

let failed = 0;
for (const name of BENCHES) {
  const script = join(__dirname, name);
  if (!existsSync(script)) {
    process.stdout.write(`== ${name}: not there, skipped\n`);
    continue;
  }
  process.stdout.write(`== ${name}\n`);
  const args = name === 'load.js' ? process.argv.slice(2) : [];
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    process.stdout.write(`== ${name} failed (exit ${result.status ?? result.signal})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
