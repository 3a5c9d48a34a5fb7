#!/usr/bin/env node
'use strict';
// npm links the bins of dependencies into node_modules/.bin but not the project's own. Linking
// ours there too lets scripts and hooks call node_modules/.bin/newsgraph like any other tool.
const fs = require('node:fs');
const path = require('node:path');

const binDir = path.join(__dirname, '..', 'node_modules', '.bin');
const link = path.join(binDir, 'newsgraph');
if (fs.existsSync(binDir) && !fs.existsSync(link)) {
  fs.symlinkSync(path.join('..', '..', 'bin', 'newsgraph.js'), link);
}
