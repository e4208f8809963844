import { fromMarkdown } from 'mdast-util-from-markdown';
let doc = ''; while (doc.length < 150000) doc += '> quoted 12 line\n\n';
let t = Date.now(); fromMarkdown(doc); console.log(Date.now() - t);
