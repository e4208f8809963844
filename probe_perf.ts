import { extractProse } from './server/src/engine/draft/prose';
const para = 'In 2008 **Kosovo** declared [independence](https://x.org/a) with `code` and &amp; 1,700 people\\* said.[^1]\n> quoted 12 line\n\n';
let doc = ''; while (doc.length < 2_000_000) doc += para;
let t = Date.now(); let b = extractProse(doc, 'markdown'); console.log('md 2MB', Date.now() - t, 'ms', b.length);
const line = 'word 700 *em* and [link](http://u) '.repeat(3000); t = Date.now(); b = extractProse(line, 'markdown'); console.log('md line', line.length, Date.now() - t, b.length, b[0].text.length);
t = Date.now(); b = extractProse(doc, 'plaintext'); console.log('txt 2MB', Date.now() - t, b.length);
const big = 'a '.repeat(1_000_000); t = Date.now(); b = extractProse(big, 'markdown'); console.log('md one para 2MB', Date.now() - t, b.length, b[0].toDocumentOffset(1999999));
const dis = '<!-- factcheck-ignore-next-line -->\n\nx\n'.repeat(30000); t = Date.now(); b = extractProse(dis, 'markdown'); console.log('directives', dis.length, Date.now() - t, b.length);
