import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
const para = 'In 2008 **Kosovo** declared [independence](https://x.org/a) with `code` and &amp; 1,700 people\\* said.[^1]\n> quoted 12 line\n\n';
for (const size of [125_000, 250_000, 500_000]) {
let doc = ''; while (doc.length < size) doc += para;
let t = Date.now(); fromMarkdown(doc, { extensions: [gfm(), frontmatter(['yaml', 'toml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])] }); console.log(size, 'full', Date.now() - t);
t = Date.now(); fromMarkdown(doc); console.log(size, 'plain', Date.now() - t);
t = Date.now(); fromMarkdown(doc, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }); console.log(size, 'gfm', Date.now() - t);
}
