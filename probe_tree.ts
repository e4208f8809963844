import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
const doc = process.argv[2].replace(/\\n/g, '\n');
const t = fromMarkdown(doc, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
console.log(JSON.stringify(t, (k, v) => k === 'position' ? (v ? `${v.start.offset}-${v.end.offset}` : "NONE") : v));
