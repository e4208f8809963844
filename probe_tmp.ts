import { extractProse } from './server/src/engine/draft/prose';
const doc = process.argv[2].replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\u/g, '\ufeff');
for (const b of extractProse(doc, (process.argv[3] as any) ?? 'markdown')) {
  console.log(b.kind, JSON.stringify(b.text));
  for (const m of b.text.matchAll(/\S+/g)) { const s=b.toDocumentOffset(m.index!), e=b.toDocumentOffset(m.index!+m[0].length); const ok = doc.slice(s,e)===m[0]; console.log('   ', ok?'ok ':'BAD', JSON.stringify(m[0]), JSON.stringify(doc.slice(s,e))); }
}
