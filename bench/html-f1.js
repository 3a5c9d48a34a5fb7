// Main-text quality and speed of the reader and cleaner. Run after `npx tsc -p tsconfig.build.json`:
//   node bench/html-f1.js [--shared ../shared] [--worst 10]
// 1. Shingle F1 on ../shared/corpus/html-pages (method of ../shared/README.md): the cleaned text
//    is split into word tokens, both sides into sets of 4-token shingles; precision, recall and F1
//    per page, averaged over pages. Photo captions are kept in CleanArticle.text as marked spans;
//    the benchmark's reference bodies leave captions out, so the figure is given without them (the
//    main figure) and with them.
// 2. Read+clean throughput in articles/s on ../shared/corpus/wikinews.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { cleanArticle } = require('../dist/clean');
const { readInputs } = require('../dist/read');
const { isReadError } = require('../dist/pipeline');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const shared = path.resolve(__dirname, '..', option('--shared', '../shared'));
const worst = Number(option('--worst', '0'));

const tokens = (text) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];
function shingles(text) {
  const t = tokens(text);
  const out = new Set();
  for (let i = 0; i + 4 <= t.length; i++) out.add(t.slice(i, i + 4).join(' '));
  return out;
}
function score(predicted, truth) {
  const p = shingles(predicted);
  const t = shingles(truth);
  if (p.size === 0 && t.size === 0) return { precision: 1, recall: 1, f1: 1 };
  let shared = 0;
  for (const s of p) if (t.has(s)) shared++;
  const precision = p.size ? shared / p.size : 0;
  const recall = t.size ? shared / t.size : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function withoutCaptions(article) {
  let text = '';
  let at = 0;
  for (const c of article.captions) {
    text += article.text.slice(at, c.start);
    at = c.end;
  }
  return text + article.text.slice(at);
}

function mean(rows, field) {
  return rows.reduce((sum, r) => sum + r[field], 0) / rows.length;
}

function htmlF1() {
  const dir = path.join(shared, 'corpus', 'html-pages');
  if (!fs.existsSync(dir)) {
    console.log(`html-pages: ${dir} not found, skipped`);
    return;
  }
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
  const rows = [];
  const withCaptions = [];
  const started = process.hrtime.bigint();
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    let article = null;
    try {
      article = cleanArticle({ sourcePath: id, format: 'html', body: html, url });
    } catch {
      // an empty extraction scores 0
    }
    rows.push({ id, ...score(article ? withoutCaptions(article) : '', articleBody) });
    withCaptions.push(score(article ? article.text : '', articleBody));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const f = (x) => x.toFixed(4);
  console.log(`html-pages: ${rows.length} pages, ${(rows.length / seconds).toFixed(1)} pages/s`);
  console.log(`  shingle F1 ${f(mean(rows, 'f1'))}  precision ${f(mean(rows, 'precision'))}  recall ${f(mean(rows, 'recall'))}  (captions left out)`);
  console.log(`  shingle F1 ${f(mean(withCaptions, 'f1'))}  precision ${f(mean(withCaptions, 'precision'))}  recall ${f(mean(withCaptions, 'recall'))}  (captions kept)`);
  if (worst) {
    for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
      console.log(`  ${r.id.slice(0, 12)}  F1 ${f(r.f1)}  P ${f(r.precision)}  R ${f(r.recall)}`);
    }
  }
}

async function throughput() {
  const file = path.join(shared, 'corpus', 'wikinews', 'wikinews-2019-2021.jsonl');
  if (!fs.existsSync(file)) {
    console.log(`wikinews: ${file} not found, skipped`);
    return;
  }
  const rounds = 5;
  let articles = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for await (const item of readInputs([file])) {
      if (isReadError(item)) errors++;
      else {
        cleanArticle(item);
        articles++;
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`wikinews: read+clean ${articles} articles (${rounds} rounds, ${errors} errors) in ${seconds.toFixed(2)} s = ${(articles / seconds).toFixed(0)} articles/s`);
}

(async () => {
  htmlF1();
  await throughput();
})();
