import { fromMarkdown } from 'mdast-util-from-markdown';
const p = process.argv[2].replace(/\\n/g, '\n');
for (const size of [16000, 64000, 256000]) { const d = p.repeat(Math.ceil(size / p.length)); const t = Date.now(); fromMarkdown(d); console.log(size, Date.now() - t, 'ms'); }
