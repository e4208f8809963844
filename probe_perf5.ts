import { fromMarkdown } from 'mdast-util-from-markdown';
import { extractProse } from './server/src/engine/draft/prose';
for (const n of [250_000, 500_000, 1_000_000]) {
const big = 'a '.repeat(n); let t = Date.now(); fromMarkdown(big); const a = Date.now()-t; t = Date.now(); extractProse(big, 'markdown'); console.log(n, 'parse', a, 'extract', Date.now() - t);
const lines = 'a\n'.repeat(n); t = Date.now(); fromMarkdown(lines); console.log(' lines para', Date.now()-t);
}
