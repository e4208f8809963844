import { chunkMarkdown } from './server/src/engine/draft/proseChunks';
import { extractProse } from './server/src/engine/draft/prose';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
const section = (n: number): string =>
    [`## Section ${n}`, '', `> Quote ${n} by [Albin Kurti](https://x.org/${n}).[^a]`, '', `- item ${n}`, `- see [report][r] and [^b]`, '', '```', 'code 700', '', 'code 701', '```', '', '<!--', 'comment 702', '', 'comment 703', '-->', '', `Paragraph ${n} &amp; more \\* text.`, ''].join('\n');
let document = ''; let count = 0;
while (document.length < 300_000) document += section(1 + (count++ % 9));
document += '\n[r]: http://x/704\n\n[^a]: Note 705\n\n[^b]: Note 706\n';
let t = Date.now(); const chunks = chunkMarkdown(document); console.log('chunks', chunks.length, Date.now() - t, chunks[1].text.slice(-80));
t = Date.now(); for (const c of chunks) fromMarkdown(c.text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }); console.log('parse', Date.now() - t);
t = Date.now(); for (const c of chunks) fromMarkdown(c.text); console.log('parse plain', Date.now() - t);
t = Date.now(); extractProse(document, 'markdown'); console.log('extract', Date.now() - t);
