// Named-entity F1 on the GUM news documents (../shared/gold/gum-news/gum-news-dev.jsonl), ours
// beside compromise alone, and entity extraction speed on the Wikinews corpus.
// Run after `npx tsc -p tsconfig.build.json`:   node bench/ner-gum.js [--details]
//
// Gold (issue 4: "mentions with proper or wiki, type + surface string per document"): GUM mentions
// of type person / place / organization that are named, i.e. marked proper, or linked to Wikipedia
// and headed by a proper noun. GUM copies a chain's Wikipedia link onto its pronouns and common-noun
// descriptions ("he", "We", "the team", "his father"); those are not named entities, so they are
// left out, and the literal reading (every mention with proper or wiki) is printed beside it.
// A mention is its type plus its surface string, per document, compared as sets. Surfaces are
// normalised the same way on both sides: case, curly quotes, GUM's spaced hyphens ("six - member"),
// a leading article and a trailing possessive. Our types map Country and Place -> place,
// Organization and MediaOutlet -> organization; GUM's other types (event, abstract, object...) are
// ignored, and ours cannot produce them. GUM's text is already detokenised apart from those
// hyphens, so it is read as it is.
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
const surface = (s) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
  .replace(/(\w) - (?=\w)/g, '$1-').replace(/^(?:the|a|an)\s+/i, '').replace(/\s*'s?$/, '').trim().toLowerCase();
const key = (type, text) => `${type}|${surface(text)}`;

function article(text) {
  return {
    key: 'bench', sourcePath: 'bench', title: null, url: null, outlet: null, publishedAt: null, author: null,
    language: 'en', text, removed: [], captions: [], credits: [], videoTitles: [], guessed: {}, contentHash: '', wordCount: 0,
  };
}

// A person's title-only description joined by coreference ("Panama coach", "the French
// president") shares no word with the name. The gold leaves descriptions out, so the same is done here.
const isDescription = (entity, mention) => {
  if (entity.type !== 'Person') return false;
  const nameWords = new Set(entity.name.toLowerCase().split(/\s+/));
  return !mention.text.toLowerCase().split(/[\s']+/).some((w) => nameWords.has(w));
};

/** Our named mentions: neither adjectives nor descriptions. */
function namedMentions(text) {
  const layout = layoutText(text);
  const a = article(text);
  const { entities } = resolveEntities(a, layout, extractEntityMentions(a, layout));
  return entities.flatMap((e) => e.mentions
    .filter((m) => !isDemonym(m.text) && !isDescription(e, m))
    .map((m) => ({ ...m, type: OUR_TYPE[e.type] })));
}

function ours(text) {
  return new Set(namedMentions(text).map((m) => key(m.type, m.text)));
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

/** A named mention: marked proper, or linked to Wikipedia and headed by a proper noun. */
const named = (e) => TYPES.includes(e.type) && (e.proper || (e.wiki && e.head_upos === 'PROPN'));
/** The literal reading: every mention with proper or a Wikipedia link, pronouns included. */
const literal = (e) => TYPES.includes(e.type) && (e.proper || e.wiki);
let goldFilter = named;

function gold(doc) {
  return new Set(doc.entities.filter(goldFilter).map((e) => key(e.type, e.text)));
}

// Error categories, for --details. A gold person mention that ends with one of our person names
// after a title or descriptor ("u.s. president donald trump", "english captain harry kane") is a
// "titled" miss: the spec keeps titles out of names, so these are reported, not chased.
const LONGER_NP = /^(?:,| in | of | at | near | from | and | \(| located | which )/;
const escapeRe = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsInside = (part, whole) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRe(part)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(whole);
function classify(kind, k, doc, want, got) {
  const [type, s] = [k.slice(0, k.indexOf('|')), k.slice(k.indexOf('|') + 1)];
  const other = kind === 'FN' ? got : want;
  const sameType = [...other].filter((x) => x.startsWith(`${type}|`)).map((x) => x.slice(type.length + 1));
  const anyType = [...other].filter((x) => x.slice(x.indexOf('|') + 1) === s);
  let category = kind === 'FN' ? 'missed' : 'spurious';
  if (anyType.length > 0) category = 'wrong type';
  else if (kind === 'FN' && type === 'person' && sameType.some((p) => s.endsWith(` ${p}`))) category = 'titled person (title kept in gold)';
  else if (kind === 'FN' && sameType.some((p) => s.startsWith(p) && LONGER_NP.test(s.slice(p.length)))) category = 'gold is a longer phrase (X in/of/, Y)';
  else if (kind === 'FP' && doc.entities.some((e) => e.type === type && surface(e.text) !== s && wordsInside(s, surface(e.text)))) {
    category = 'part of a longer gold mention (any GUM mention, named or not)';
  }
  return { kind, category, text: `${doc.id}: ${k}` };
}

function score(docs, system, errors) {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const doc of docs) {
    const want = gold(doc);
    const got = system(doc.text);
    for (const g of got) {
      const c = counts[g.split('|')[0]];
      if (want.has(g)) c.tp++;
      else {
        c.fp++;
        if (errors && system === ours) errors.push(classify('FP', g, doc, want, got));
      }
    }
    for (const w of want) if (!got.has(w)) {
      counts[w.split('|')[0]].fn++;
      if (errors && system === ours) errors.push(classify('FN', w, doc, want, got));
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
    .filter(goldFilter)
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
  return namedMentions(text).map((m) => {
    // The same normalisation as the gold side: no leading article.
    const lead = /^(?:the|a|an)\s+/i.exec(m.text);
    return { type: m.type, start: m.start + (lead ? lead[0].length : 0), end: m.end };
  });
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

const { titleAt } = require('../dist/extract/entities/titles');
const BARE_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&', '-', 'de', 'da', 'al', 'el', 'van', 'von', 'at']);
/** The gold text holds a title ("President", "captain") at a word start before its last word. */
function titlesInside(text) {
  const words = [...text.matchAll(/\S+/g)];
  return words.slice(0, -1).some((w) => titleAt(text, w.index) !== undefined);
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
  const errors = details ? [] : undefined;
  table(`NER on GUM news (${docs.length} documents): type + surface string per document; gold = named mentions`,
    [['newsgraph', score(docs, ours, errors)], ['compromise alone', score(docs, compromiseAlone)]]);
  goldFilter = literal;
  table('Same, gold = every mention with proper or wiki (pronouns and descriptions included)',
    [['newsgraph', score(docs, ours)], ['compromise alone', score(docs, compromiseAlone)]]);
  goldFilter = named;
  const titled = new Set();
  for (const doc of docs) {
    for (const e of doc.entities) {
      if (named(e) && e.type === 'person' && titlesInside(e.text)) titled.add(`${doc.id}|${surface(e.text)}`);
    }
  }
  console.log(`gold person mentions that include a title or descriptor before the name: ${titled.size} (our names never include one)`);
  // How much of the gold a name extractor can reach at all: mentions written as a bare name (capitalised
  // words and connectors only, no title, descriptor, comma, clause or lower-case word).
  const all = new Set();
  const bare = new Set();
  for (const doc of docs) {
    for (const e of doc.entities.filter(named)) {
      const k = `${doc.id}|${key(e.type, e.text)}`;
      all.add(k);
      const words = e.text.replace(/^the\s+/i, '').replace(/\s*['’]s$/, '').split(/\s+/);
      if (!/[,()/;]/.test(e.text) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || BARE_CONNECTORS.has(w)) && !titlesInside(e.text)) bare.add(k);
    }
  }
  console.log(`gold named mentions written as a bare name: ${bare.size} of ${all.size} (recall ceiling ${(bare.size / all.size).toFixed(2)} for a name extractor)`);
  if (errors) {
    const byCategory = new Map();
    for (const e of errors) byCategory.set(`${e.kind} ${e.category}`, [...(byCategory.get(`${e.kind} ${e.category}`) ?? []), e.text]);
    for (const [c, list] of [...byCategory].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`${c}: ${list.length}`);
      for (const t of list) console.log(`    ${t}`);
    }
  }
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
