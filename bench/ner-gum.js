// Named-entity F1 on the GUM news documents (../shared/gold/gum-news/gum-news-dev.jsonl), ours
// beside compromise alone, and entity extraction speed on the Wikinews corpus.
// Run after `npx tsc -p tsconfig.build.json`:   node bench/ner-gum.js [--details]
//
// Gold: GUM mentions of type person / place / organization that are named (proper == true or a
// Wikipedia link) and written with a capital (so "we" and "the team" are left out). A mention is
// its type plus its surface string, per document, compared as sets; surfaces drop a leading
// article and a trailing possessive. Our types map Country and Place -> place, Organization and
// MediaOutlet -> organization.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const nlp = require('compromise');
const { layoutText } = require('../dist/extract/text');
const { extractEntityMentions } = require('../dist/extract/entities');
const { resolveEntities } = require('../dist/resolve/entities');
const { entriesFor } = require('../dist/resolve/entities/gazetteer');

// Adjectives ("Afghan", "French") are country mentions for us but not named mentions in GUM (nor
// in CoNLL-style NER, where they are MISC): left out of the comparison.
const isDemonym = (text) => {
  const entries = entriesFor(text);
  return entries.length > 0 && entries.every((e) => e.form === 'demonym');
};

const SHARED = path.join(__dirname, '..', '..', 'shared');
const GUM = path.join(SHARED, 'gold', 'gum-news', 'gum-news-dev.jsonl');
const WIKINEWS = path.join(SHARED, 'corpus', 'wikinews', 'wikinews-2019-2021.jsonl');
const TYPES = ['person', 'place', 'organization'];
const OUR_TYPE = { Person: 'person', Country: 'place', Place: 'place', Organization: 'organization', MediaOutlet: 'organization' };
const details = process.argv.includes('--details');

const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const surface = (s) => s.replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s?$/, '').trim().toLowerCase();
const key = (type, text) => `${type}|${surface(text)}`;

function article(text) {
  return {
    key: 'bench', sourcePath: 'bench', title: null, url: null, outlet: null, publishedAt: null, author: null,
    language: 'en', text, removed: [], captions: [], credits: [], videoTitles: [], guessed: {}, contentHash: '', wordCount: 0,
  };
}

function ours(text) {
  const layout = layoutText(text);
  const a = article(text);
  const { entities } = resolveEntities(a, layout, extractEntityMentions(a, layout));
  const out = new Set();
  for (const e of entities) for (const m of e.mentions) if (!isDemonym(m.text)) out.add(key(OUR_TYPE[e.type], m.text));
  return out;
}

function compromiseAlone(text) {
  const doc = nlp(text);
  const out = new Set();
  const add = (list, type) => list.forEach((t) => out.add(key(type, t.replace(/[.,;:!?"”)]+$/, ''))));
  add(doc.people().out('array'), 'person');
  add(doc.places().out('array'), 'place');
  add(doc.organizations().out('array'), 'organization');
  return out;
}

function gold(doc) {
  return new Set(doc.entities
    .filter((e) => (e.proper || e.wiki) && TYPES.includes(e.type) && /^(?:the\s+)?\p{Lu}/u.test(e.text))
    .map((e) => key(e.type, e.text)));
}

function score(docs, system) {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const doc of docs) {
    const want = gold(doc);
    const got = system(doc.text);
    for (const g of got) {
      const c = counts[g.split('|')[0]];
      if (want.has(g)) c.tp++;
      else {
        c.fp++;
        if (details && system === ours && false) console.log(`  FP ${doc.id}: ${g}`);
      }
    }
    for (const w of want) if (!got.has(w)) {
      counts[w.split('|')[0]].fn++;
      if (details && system === ours && false) console.log(`  FN ${doc.id}: ${w}`);
    }
  }
  const f1 = ({ tp, fp, fn }) => {
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const all = TYPES.reduce((s, t) => ({ tp: s.tp + counts[t].tp, fp: s.fp + counts[t].fp, fn: s.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
  return { ...Object.fromEntries(TYPES.map((t) => [t, f1(counts[t])])), overall: f1(all) };
}

// Anchored span match: a predicted mention of the right type lying inside a gold mention and
// sharing its start or its end (after a leading article and a trailing possessive are dropped).
// It credits "Donald Trump" inside the gold "U.S. President Donald Trump" and "Northwestern
// University" inside "Northwestern University in Evanston, Illinois", which a surface-string
// comparison cannot; each gold mention is found at most once, each prediction counted once.
function goldSpans(doc) {
  return doc.entities
    .filter((e) => (e.proper || e.wiki) && TYPES.includes(e.type) && /^(?:the\s+)?\p{Lu}/u.test(e.text))
    .map((e) => {
      let { start, end } = e;
      const lead = /^(?:the|a|an)\s+/i.exec(e.text);
      if (lead) start += lead[0].length;
      const tail = /\s*['’]s?$/.exec(doc.text.slice(start, end));
      if (tail && tail.index > 0) end = start + tail.index;
      return { type: e.type, start, end };
    });
}

function oursSpans(text) {
  const layout = layoutText(text);
  const a = article(text);
  const { entities } = resolveEntities(a, layout, extractEntityMentions(a, layout));
  return entities.flatMap((e) => e.mentions.filter((m) => !isDemonym(m.text)).map((m) => {
    // The same normalisation as the gold side: no leading article.
    const lead = /^(?:the|a|an)\s+/i.exec(m.text);
    return { type: OUR_TYPE[e.type], start: m.start + (lead ? lead[0].length : 0), end: m.end };
  }));
}

function compromiseSpans(text) {
  const doc = nlp(text);
  const out = [];
  const add = (list, type) => {
    for (const x of list) {
      const start = x.offset.start;
      let end = start + x.offset.length;
      while (end > start && /[\s.,;:!?"”)'’]/.test(text[end - 1])) end--;
      const lead = /^(?:the|a|an)\s+/i.exec(text.slice(start, end));
      out.push({ type, start: start + (lead ? lead[0].length : 0), end });
    }
  };
  add(doc.people().json({ offset: true }), 'person');
  add(doc.places().json({ offset: true }), 'place');
  add(doc.organizations().json({ offset: true }), 'organization');
  return out;
}

function scoreSpans(docs, system) {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { correct: 0, predicted: 0, found: 0, gold: 0 }]));
  const matches = (p, g) => p.type === g.type && g.start <= p.start && p.end <= g.end && (p.start === g.start || p.end === g.end);
  for (const doc of docs) {
    const gold = goldSpans(doc);
    const got = system(doc.text);
    const show = (what, x) => details && system === oursSpans && console.log(`  ${what} ${doc.id}: ${x.type} ${JSON.stringify(doc.text.slice(x.start, x.end))}`);
    for (const p of got) {
      counts[p.type].predicted++;
      if (gold.some((g) => matches(p, g))) counts[p.type].correct++;
      else show('FP', p);
    }
    for (const g of gold) {
      counts[g.type].gold++;
      if (got.some((p) => matches(p, g))) counts[g.type].found++;
      else show('FN', g);
    }
  }
  const f1 = ({ correct, predicted, found, gold }) => {
    const p = correct / (predicted || 1);
    const r = found / (gold || 1);
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const all = TYPES.reduce((s, t) => ({
    correct: s.correct + counts[t].correct, predicted: s.predicted + counts[t].predicted,
    found: s.found + counts[t].found, gold: s.gold + counts[t].gold,
  }), { correct: 0, predicted: 0, found: 0, gold: 0 });
  return { ...Object.fromEntries(TYPES.map((t) => [t, f1(counts[t])])), overall: f1(all) };
}

function main() {
  if (!fs.existsSync(GUM)) {
    console.log(`skipped: ${GUM} not found`);
    return;
  }
  const docs = readJsonl(GUM);
  const fmt = (x) => `P ${x.p.toFixed(2)} R ${x.r.toFixed(2)} F1 ${x.f.toFixed(3)}`;
  const table = (title, rows) => {
    console.log(title);
    for (const [name, s] of rows) {
      console.log(`  ${name.padEnd(17)} overall      ${fmt(s.overall)}`);
      for (const t of TYPES) console.log(`  ${''.padEnd(17)} ${t.padEnd(12)} ${fmt(s[t])}`);
    }
  };
  table(`NER on GUM news (${docs.length} documents): type + surface string per document`,
    [['newsgraph', score(docs, ours)], ['compromise alone', score(docs, compromiseAlone)]]);
  table('NER on GUM news: anchored span match (inside the gold mention, sharing its start or end)',
    [['newsgraph', scoreSpans(docs, oursSpans)], ['compromise alone', scoreSpans(docs, compromiseSpans)]]);

  if (fs.existsSync(WIKINEWS)) {
    const records = readJsonl(WIKINEWS);
    const started = process.hrtime.bigint();
    let mentions = 0;
    for (const r of records) {
      const layout = layoutText(r.text);
      const a = article(r.text);
      mentions += resolveEntities(a, layout, extractEntityMentions(a, layout)).entities.length;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`speed: ${records.length} Wikinews articles in ${seconds.toFixed(2)} s = ${(records.length / seconds).toFixed(1)} articles/s (${mentions} entities)`);
  }
}

main();
