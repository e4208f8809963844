import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { extractProse } from './server/src/engine/draft/prose';
const big = 'a '.repeat(500_000);
let t = Date.now(); fromMarkdown(big, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }); console.log('gfm parse', Date.now()-t);
t = Date.now(); extractProse(big, 'markdown'); console.log('extract', Date.now()-t);
