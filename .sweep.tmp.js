const fs=require('fs');
const { layoutText } = require('./dist/extract/text');
const { extractEntityMentions } = require('./dist/extract/entities');
const { resolveEntities } = require('./dist/resolve/entities');
const recs=fs.readFileSync('../shared/corpus/wikinews/wikinews-2019-2021.jsonl','utf8').trim().split('\n').map(JSON.parse);
const counts=new Map();const roles=[];
for(const r of recs){const l=layoutText(r.text);const a={text:r.text};const res=resolveEntities(a,l,extractEntityMentions(a,l));
 for(const e of res.entities){const k=e.type+':'+e.name;counts.set(k,(counts.get(k)||0)+1);}
 for(const x of res.roles){const p=res.entities.find(e=>e.key===x.person);const o=res.entities.find(e=>e.key===x.of);roles.push(`${p&&p.name} | ${x.title} | ${o?o.name:x.of}`);}
}
const arr=[...counts].sort((a,b)=>b[1]-a[1]);
const mode=process.argv[2];
if(mode==='roles'){const s=roles.sort(()=>Math.random()-0.5).slice(0,60);console.log(s.join('\n'));}
else if(mode==='rand'){console.log(arr.filter(([k])=>k.startsWith(process.argv[3]||'')).sort(()=>Math.random()-0.5).slice(0,120).map(([k,v])=>k).join(' ; '));}
else console.log(arr.slice(0,150).map(([k,v])=>v+' '+k).join(' ; '));
