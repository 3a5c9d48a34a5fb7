// Quotes, speakers and stances on real articles.
//
//   npx tsc -p tsconfig.build.json && node bench/quotes.js [--corpus FILE.jsonl] [--gum FILE.jsonl] [--sample N --seed S]
//
// 1. On the Wikinews corpus (../shared/corpus/wikinews): each article goes through the whole
//    per-article pipeline (clean, entities, quotes, stances); prints quotes found by kind, the share
//    with a resolved speaker (an entity key) and with speaker words at least, stances found, and
//    the time per article.
// 2. Quote-span recall on GUM (../shared/gold/gum-news): a gold quote span (tag "quote") counts as
//    found when extracted quotes cover at least half of its words; also how many GUM mention spans
//    (tag "q": scare quotes, names, titles) were wrongly taken for quotes.
// 3. With --sample N: N random attributions from the corpus (seeded), printed with their sentence
//    for a hand check of the speakers.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { cleanArticle } = require('../dist/clean');
const { extractArticle } = require('../dist/pipeline');
const { extractQuotes } = require('../dist/extract/quotes');
const { extractStances } = require('../dist/extract/stances');
const { layoutText, spanAt } = require('../dist/extract/text');
const { EntityIndex } = require('../dist/resolve/entity-index');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const shared = path.join(__dirname, '..', '..', 'shared');
const corpusFile = opt('corpus', path.join(shared, 'corpus', 'wikinews', 'wikinews-2019-2021.jsonl'));
const gumFile = opt('gum', path.join(shared, 'gold', 'gum-news', 'gum-news-dev.jsonl'));
const sampleSize = Number(opt('sample', '0'));
const seed = Number(opt('seed', '7'));

const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

const seeded = require('./seeded-random');

function corpusRun() {
  if (!fs.existsSync(corpusFile)) {
    console.log(`corpus: no file at ${corpusFile}`);
    return;
  }
  const records = readJsonl(corpusFile);
  const kinds = { direct: 0, partial: 0, indirect: 0 };
  let ownMs = 0;
  let quotes = 0, resolved = 0, withWords = 0, stances = 0, failed = 0;
  const attributions = [];
  const started = process.hrtime.bigint();
  records.forEach((r, n) => {
    try {
      const article = cleanArticle({ sourcePath: `${path.basename(corpusFile)}#${n}`, format: 'text', body: r.text, title: r.title, url: r.url, outlet: r.outlet, publishedAt: r.publishedAt, language: r.language });
      const x = extractArticle(article, { ingestDate: '2021-12-31' });
      // The quote and stance stages alone, on the entities the pipeline resolved.
      const t0 = process.hrtime.bigint();
      const index = new EntityIndex(x.entities, x.roles);
      const layoutOwn = layoutText(article.text);
      extractStances(article, layoutOwn, index, extractQuotes(article, layoutOwn, index));
      ownMs += Number(process.hrtime.bigint() - t0) / 1e6;
      const names = new Map(x.entities.map((e) => [e.key, e.name]));
      const layout = layoutText(x.article.text);
      for (const q of x.quotes) {
        quotes++;
        kinds[q.kind]++;
        if (q.speaker) resolved++;
        if (q.speakerText) withWords++;
        if (q.speakerText) {
          const sentence = spanAt(layout.paragraphs, q.start) ?? q;
          attributions.push({ article: n, q, speakerName: q.speaker ? names.get(q.speaker) ?? q.speaker : null, context: x.article.text.slice(sentence.start, sentence.end) });
        }
      }
      stances += x.stances.length;
    } catch (err) {
      failed++;
      if (failed <= 3) console.log(`  article ${n} failed: ${err.message}`);
    }
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`corpus ${path.basename(corpusFile)}: ${records.length} articles (${failed} failed), ${(ms / records.length).toFixed(1)} ms/article through the whole per-article pipeline`);
  console.log(`  quotes + stances stages alone: ${(ownMs / records.length).toFixed(2)} ms/article`);
  console.log(`  quotes found: ${quotes} (direct ${kinds.direct}, partial ${kinds.partial}, indirect ${kinds.indirect}), ${(quotes / records.length).toFixed(2)} per article`);
  console.log(`  with a resolved speaker: ${pct(resolved, quotes)}; with speaker words at least: ${pct(withWords, quotes)}`);
  console.log(`  stances found: ${stances}`);
  if (sampleSize > 0) handCheckSample(attributions);
}

function handCheckSample(attributions) {
  const random = seeded(seed);
  const picked = new Set();
  while (picked.size < Math.min(sampleSize, attributions.length)) picked.add(Math.floor(random() * attributions.length));
  console.log(`\nhand-check sample: ${picked.size} attributions, seed ${seed}`);
  [...picked].sort((a, b) => a - b).forEach((i, k) => {
    const { article, q, speakerName, context } = attributions[i];
    console.log(`\n#${k + 1} article ${article} [${q.kind}] speaker: ${speakerName ?? '(unresolved)'} | words: "${q.speakerText}" | cue: ${q.cue}`);
    console.log(`  quote:   ${q.text.slice(0, 160)}`);
    console.log(`  context: ${context.slice(0, 400)}`);
  });
}

function gumRecall() {
  if (!fs.existsSync(gumFile)) {
    console.log(`gum: no file at ${gumFile}`);
    return;
  }
  let gold = 0, found = 0, mentions = 0, mentionsTaken = 0, extracted = 0, extractedOnGold = 0;
  for (const doc of readJsonl(gumFile)) {
    const quotes = extractQuotes({ text: doc.text }, layoutText(doc.text), new EntityIndex([]));
    const covered = new Uint8Array(doc.text.length);
    for (const q of quotes) for (let i = q.start; i < q.end; i++) covered[i] = 1;
    const share = (g) => {
      const words = [...doc.text.slice(g.start, g.end).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => g.start + m.index);
      return words.length === 0 ? 0 : words.filter((i) => covered[i]).length / words.length;
    };
    for (const g of doc.quotes) {
      if (g.tag === 'quote') {
        gold++;
        if (share(g) >= 0.5) found++;
      } else {
        mentions++;
        if (share(g) >= 0.5) mentionsTaken++;
      }
    }
    const goldQuotes = doc.quotes.filter((g) => g.tag === 'quote');
    for (const q of quotes) {
      extracted++;
      if (goldQuotes.some((g) => g.start < q.end && g.end > q.start)) extractedOnGold++;
    }
  }
  console.log(`gum ${path.basename(gumFile)}: quote-span recall ${found}/${gold} = ${pct(found, gold)}`);
  console.log(`  mention spans (scare quotes, names, titles) taken for quotes: ${mentionsTaken}/${mentions}`);
  console.log(`  extracted quotes overlapping a gold quote span: ${extractedOnGold}/${extracted} = ${pct(extractedOnGold, extracted)} (indirect speech has no gold span in GUM)`);
}

corpusRun();
gumRecall();
