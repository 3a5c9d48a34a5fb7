#!/usr/bin/env node
'use strict';
// Serves this folder (the Browser guide and style) on http://localhost:8001/ for Neo4j Browser:
//   :play http://localhost:8001/guide.html      (or :guide http://localhost:8001/guide.html)
//   :style http://localhost:8001/newsgraph.grass
// Neo4j Browser fetches these from the page, so the answers allow any origin (CORS), and by
// default it only fetches from hosts in browser.remote_content_hostname_allowlist, which
// includes localhost. Usage: node browser/serve.js [port]
const { createServer } = require('node:http');
const { readFile } = require('node:fs');
const { basename, join } = require('node:path');

const port = Number(process.argv[2] || 8001);
const TYPES = { '.html': 'text/html; charset=utf-8', '.grass': 'text/plain; charset=utf-8' };
const FILES = new Set(['guide.html', 'newsgraph.grass']);

createServer((req, res) => {
  const name = basename(decodeURIComponent((req.url || '/').split('?')[0])) || 'guide.html';
  res.setHeader('Access-Control-Allow-Origin', '*');
  if (!FILES.has(name)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
    return;
  }
  readFile(join(__dirname, name), (err, data) => {
    if (err) res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${err.message}\n`);
    else res.writeHead(200, { 'Content-Type': TYPES[name.slice(name.lastIndexOf('.'))] }).end(data);
  });
}).listen(port, 'localhost', () => {
  process.stdout.write(
    `Serving the newsgraph Browser guide and style on http://localhost:${port}/\n` +
      `In Neo4j Browser run:  :play http://localhost:${port}/guide.html\n` +
      `and                    :style http://localhost:${port}/newsgraph.grass\n`,
  );
});
