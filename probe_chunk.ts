import { extractProse } from './server/src/engine/draft/prose';
import { extractProse as single } from './probe_single/prose';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Filler paragraph ${i} about Kosovo and 2008 with **bold** text.\n\n`).join('');
const cases: Record<string, string> = {
  frontmatter: '---\ntitle: x\n\nkey: CODEZ\n\nother: CODEZ\n---\n\n' + filler(1200),
  nestedFence: filler(900) + '- item\n  ```\n  CODEZ unclosed\n\nText after 1\n\n```\nCODEZ real\n\nCODEZ more\n\n' + filler(900) + '```\n\n' + filler(200),
  indentedTopFence: filler(900) + '  ```\nCODEZ\n\nCODEZ2\n\n' + filler(900) + '  ```\n\n' + filler(100),
  comment: filler(900) + '<!--\nCODEZ\n\n' + filler(900) + '-->\n\n' + filler(100),
  pre: filler(900) + '<pre>\nCODEZ\n\n' + filler(900) + '</pre>\n\n' + filler(100),
  refs: filler(900) + 'See [Kurti][k] and [^7] and [Osmani].\n\n' + filler(1200) + '[k]: http://x\n\n[^7]: note\n\n[osmani]: http://y\n',
  dashes: filler(900) + '---\n\nCODE: x\n\n---\n\n' + filler(900),
  crlf: (filler(900) + '```\r\nCODEZ\r\n\r\nCODEZ\r\n```\r\n\r\n' + filler(900)).replace(/\n/g, '\r\n'),
};
for (const [name, doc] of Object.entries(cases)) {
  const a = extractProse(doc, 'markdown'), s = single(doc, 'markdown');
  const key = (bs: typeof a) => bs.map((b) => b.kind + '|' + b.text + '|' + b.toDocumentOffset(0) + '|' + b.toDocumentOffset(b.text.length)).join('\n');
  const same = key(a) === key(s);
  console.log(name, doc.length, 'same', same, 'leak', a.some((b) => b.text.includes('CODEZ')), s.some((b) => b.text.includes('CODEZ')));
  if (!same) { const ka = key(a).split('\n'), ks = key(s).split('\n'); for (let i = 0; i < ka.length; i++) if (ka[i] !== ks[i]) { console.log(' chunked:', ka[i]); console.log(' single: ', ks[i]); break; } }
}
import { chunkMarkdown } from './server/src/engine/draft/proseChunks';
for (const [name, doc] of Object.entries(cases)) console.log(name, chunkMarkdown(doc).map((c) => c.end - c.start).join(','), chunkMarkdown(doc).map((c) => c.text.length - (c.end - c.start)).join(','));
