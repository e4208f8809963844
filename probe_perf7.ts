import { extractProse } from './server/src/engine/draft/prose';
const para = 'In 2008 **Kosovo** declared [independence](https://x.org/a) with `code` and &amp; 1,700 people\\* said.[^1]\n> quoted 12 line\n\n';
let doc = ''; while (doc.length < 1_000_000) doc += para;
let t = Date.now(); let b = extractProse(doc, 'markdown'); console.log('md 1MB', Date.now() - t, 'ms', b.length);
