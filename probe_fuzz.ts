import { extractProse } from './server/src/engine/draft/prose';
import { extractProse as single } from './probe_single/prose';
let seed = Number(process.argv[2] ?? 1);
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = <T,>(a: T[]): T => a[Math.floor(rnd() * a.length)];
const words = ['Kosovo', 'Kurti', '2008', '1,700', 'café', 'Prishtinë', '👩‍👩‍👧', 'e\u0301', 'AT&amp;T', '\\*', 'x\\_y', '&copy;', '&#169;', 'said.', '"quoted"', '(paren)', 'a>b', 'tab\there'];
const inline = () => pick([
  () => pick(words), () => `**${pick(words)}**`, () => `*${pick(words)} ${pick(words)}*`, () => `[${pick(words)}](http://CODEZ/1 "CODEZ")`,
  () => '`CODEZ`', () => '[^n]', () => '<span a="CODEZ">', () => '<!-- CODEZ -->', () => '<http://CODEZ.org>', () => 'www.CODEZ.com', () => '![CODEZ](CODEZ.png)',
  () => `~~${pick(words)}~~`, () => `[${pick(words)}][r]`, () => 'https://CODEZ.net/x',
])();
const line = () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, inline).join(pick([' ', ' ', '  ']));
const block = (depth = 0): string => pick([
  () => line() + '\n' + line(),
  () => '# ' + line(), () => line() + '\n===',
  () => '> ' + line() + '\n' + pick(['> ', '', '>   ']) + line(),
  () => '- ' + line() + '\n  ' + line() + (depth < 2 ? '\n\n  ' + block(depth + 1).replace(/\n/g, '\n  ') : ''),
  () => '1. ' + line() + '\n' + line(),
  () => '```\nCODEZ\n\nCODEZ\n```', () => '<!-- -->\n\n   ~~~ x\nCODEZ\n\n   ~~~', () => '<!-- -->\n\n    CODEZ indented',
  () => '<!--\nCODEZ\n\nCODEZ -->', () => '<div>\nCODEZ\n</div>',
  () => '| a | b |\n|---|---|\n| ' + pick(words) + ' | ' + inline() + ' |',
  () => '[r]: http://CODEZ', () => '[^n]: CODEZ note\n\n    CODEZ more',
  () => '- [x] ' + line(), () => '***',
])();
const nl = rnd() < 0.3 ? '\r\n' : '\n';
let doc = (rnd() < 0.3 ? '---\nCODEZ: 1\n---\n\n' : '');
const target = Number(process.argv[3] ?? 3000);
while (doc.length < target) doc += block() + '\n\n';
doc = doc.replace(/\n/g, nl);
const a = extractProse(doc, 'markdown');
let bad = 0;
for (const b of a) {
  if (b.text.includes('CODEZ')) { console.log('LEAK', JSON.stringify(b.text)); bad++; }
  let prev = -1;
  for (let i = 0; i <= b.text.length; i++) { const o = b.toDocumentOffset(i); if (o < prev) { console.log('NONMONO', i, JSON.stringify(b.text)); bad++; break; } prev = o; }
  for (const m of b.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const s = b.toDocumentOffset(m.index!), e = b.toDocumentOffset(m.index! + m[0].length); const sl = doc.slice(s, e);
    if (sl !== m[0] && !/[&\\*_~]/.test(sl)) { console.log('MAP', JSON.stringify(m[0]), JSON.stringify(sl), JSON.stringify(b.text.slice(0, 80))); bad++; }
  }
}
if (doc.length > 64 * 1024) {
  const s = single(doc, 'markdown');
  const key = (bs: typeof a) => bs.map((b) => b.kind + '|' + b.text + '|' + b.toDocumentOffset(0) + '|' + b.toDocumentOffset(b.text.length)).join('\n');
  if (key(a) !== key(s)) { console.log('CHUNK DIFF', a.length, s.length); const ka = key(a).split('\n'), ks = key(s).split('\n'); for (let i = 0; i < Math.max(ka.length, ks.length); i++) if (ka[i] !== ks[i]) { console.log(' chunked:', ka[i]); console.log(' single: ', ks[i]); break; } bad++; }
}
console.log('seed', process.argv[2], 'len', doc.length, 'blocks', a.length, 'bad', bad);
if (process.argv[4]) for (const b of a) if (b.text.includes(process.argv[4])) { const s = b.toDocumentOffset(0), e = b.toDocumentOffset(b.text.length); console.log('SRC', JSON.stringify(doc.slice(Math.max(0, s - 60), e + 10))); console.log('TXT', JSON.stringify(b.text)); }
if (process.argv[5]) { const i = doc.indexOf(process.argv[5]); console.log('CTX', JSON.stringify(doc.slice(Math.max(0, i - 300), i + 200))); }
if (process.argv[6]) for (const b of a) if (b.text === process.argv[6] || b.text.includes(process.argv[6])) { const s = b.toDocumentOffset(0); console.log('AT', s, JSON.stringify(doc.slice(s - 150, s + 40))); }
if (process.argv[7]) for (const b of a) if (b.text.includes(process.argv[7])) { console.log('BLK', JSON.stringify(b.text)); const offs = [...Array(b.text.length + 1).keys()].map((i) => b.toDocumentOffset(i)); console.log('OFFS', offs.join(',')); console.log('DOC', JSON.stringify(doc.slice(Math.min(...offs) - 40, Math.max(...offs) + 10))); }
if (process.argv[8]) console.log('RAW', JSON.stringify(doc.slice(Number(process.argv[8]), Number(process.argv[9]))));
