const fs=require('fs');
const { layoutText } = require('./dist/extract/text');
const { ENTITY_RULES, ENTITY_REFINERS } = require('./dist/extract/entities');
const { buildContext } = require('./dist/extract/entities/context');
const recs=fs.readFileSync('../shared/corpus/wikinews/wikinews-2019-2021.jsonl','utf8').trim().split('\n').slice(0,80).map(JSON.parse);
const t=new Map();
for(const r of recs){const l=layoutText(r.text);const ctx=buildContext({text:r.text},l);
 for(const rule of ENTITY_RULES){const t0=process.hrtime.bigint();rule.propose(ctx);t.set(rule.id,(t.get(rule.id)||0n)+process.hrtime.bigint()-t0);}}
for(const [k,v] of t) console.log(k, Number(v/1000000n)/80,'ms/article');
