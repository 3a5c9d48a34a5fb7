const fs=require('fs');
const { layoutText } = require('./dist/extract/text');
const { extractEntityMentions } = require('./dist/extract/entities');
const { resolveEntities } = require('./dist/resolve/entities');
const recs=fs.readFileSync('../shared/corpus/wikinews/wikinews-2019-2021.jsonl','utf8').trim().split('\n').slice(0,80).map(JSON.parse);
const t0=Date.now();
for(const r of recs){const l=layoutText(r.text);const a={text:r.text};resolveEntities(a,l,extractEntityMentions(a,l));}
console.log((Date.now()-t0)/recs.length,'ms/article');
