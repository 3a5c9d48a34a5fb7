// Exact-normalisation rate of the gold dates in ../shared/gold/gum-news (GUM, Wikinews texts):
// newsgraph's date extractor beside chrono-node alone, on the same gold dates.
//
//   npx tsc -p tsconfig.build.json && node bench/dates-gum.js [path/to/gum-news-dev.jsonl] [--misses]
//
// A gold date counts when an extracted mention overlaps its span and normalises to exactly its
// value: `when` (a day, month or year) or the `from`..`to` range. Gold dates that only bound a
// time (notBefore/notAfter) and clock times are not counted. The reference date is the record's
// date_created (as publication metadata); a second figure uses the reference newsgraph itself
// chooses without metadata (the dateline under the headline).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const chrono = require('chrono-node');
const { extractDates } = require('../dist/extract/dates');
const { layoutText } = require('../dist/extract/text');
const { chooseReferenceDate } = require('../dist/resolve/reference-date');

const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
const file = given ?? path.join(__dirname, '..', '..', 'shared', 'gold', 'gum-news', 'gum-news-dev.jsonl');
if (!fs.existsSync(file)) {
  // Without ../shared there is nothing to measure; a path given by hand must exist.
  console.error(`dates-gum: no gold file at ${file}${given ? '' : ' (skipped; pass the path of gum-news-dev.jsonl)'}`);
  process.exit(given ? 2 : 0);
}
const docs = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** The day range a gold value covers: "2017", "2017-07", "2017-07-21", or from/to. */
function goldRange(g) {
  if (g.from && g.to) return [g.from, g.to];
  const w = g.when;
  if (/^\d{4}$/.test(w)) return [`${w}-01-01`, `${w}-12-31`];
  if (/^\d{4}-\d{2}$/.test(w)) return [`${w}-01`, `${w}-${pad(lastDay(Number(w.slice(0, 4)), Number(w.slice(5))))}`];
  return [w, w];
}
const matches = (g, d) => (g.when && d.value === g.when) || (() => {
  const [s, e] = goldRange(g);
  return d.startDate === s && d.endDate === e;
})();

/** chrono-node alone: the components it is certain of decide the grain; otherwise the day it implies. */
function chronoDates(text, reference) {
  const [y, m, d] = reference.split('-').map(Number);
  return chrono.en.casual.parse(text, new Date(y, m - 1, d, 12)).map((r) => {
    const c = r.start;
    const day = `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
    let v = { value: day, startDate: day, endDate: day };
    if (!c.isCertain('day') && c.isCertain('month') && c.isCertain('year')) {
      const mm = `${c.get('year')}-${pad(c.get('month'))}`;
      v = { value: mm, startDate: `${mm}-01`, endDate: `${mm}-${pad(lastDay(c.get('year'), c.get('month')))}` };
    }
    return { start: r.index, end: r.index + r.text.length, ...v };
  });
}

function score(extract) {
  let total = 0;
  let exact = 0;
  const misses = [];
  for (const doc of docs) {
    const dates = extract(doc);
    for (const g of doc.dates) {
      if (g.tag !== 'date' || !(g.when || (g.from && g.to))) continue;
      total++;
      const hit = dates.find((d) => d.start < g.end && g.start < d.end && matches(g, d));
      if (hit) exact++;
      else misses.push(`${doc.id}: "${g.text}" want ${g.when ?? `${g.from}..${g.to}`}, got ${dates.filter((d) => d.start < g.end && g.start < d.end).map((d) => `"${d.text}"=${d.value}`).join(' ') || 'nothing'}`);
    }
  }
  return { total, exact, rate: exact / total, misses };
}

const article = (doc, publishedAt) => ({ text: doc.text, publishedAt, guessed: {} });
const started = process.hrtime.bigint();
const ours = score((doc) => {
  const ref = chooseReferenceDate(article(doc, doc.date_created), doc.date_created);
  return extractDates(doc.text, layoutText(doc.text), ref.date, { referenceIsLowerBound: ref.lowerBound });
});
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const oursDateline = score((doc) => {
  const ref = chooseReferenceDate(article(doc, null), doc.date_created);
  return extractDates(doc.text, layoutText(doc.text), ref.date, { referenceIsLowerBound: ref.lowerBound });
});
const chronoOnly = score((doc) => chronoDates(doc.text, doc.date_created));

if (process.argv.includes('--misses')) for (const m of ours.misses) console.log(`  miss ${m}`);
console.log(`gold dates: ${ours.total} in ${docs.length} articles`);
console.log(`newsgraph (reference = date_created):      ${ours.exact}/${ours.total} = ${ours.rate.toFixed(2)}  (${ms.toFixed(0)} ms)`);
console.log(`newsgraph (reference chosen from the text): ${oursDateline.exact}/${oursDateline.total} = ${oursDateline.rate.toFixed(2)}`);
console.log(`chrono-node alone (reference = date_created): ${chronoOnly.exact}/${chronoOnly.total} = ${chronoOnly.rate.toFixed(2)}`);
