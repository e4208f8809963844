import { fromMarkdown } from 'mdast-util-from-markdown';
import { micromark } from 'micromark';
const paras: Record<string,string> = {
  plain: 'In 2008 Kosovo declared independence with code and 1,700 people said.\n\n',
  strong: 'In 2008 **Kosovo** declared.\n\n',
  link: 'declared [independence](https://x.org/a) with\n\n',
  code: 'with `code` and\n\n',
  ent: 'and &amp; 1,700 people\\* said.\n\n',
  fn: 'said.[^1]\n\n',
  quote: '> quoted 12 line\n\n',
};
for (const [name, para] of Object.entries(paras)) {
  const r: string[] = [];
  for (const size of [200_000, 400_000]) {
    let doc = ''; while (doc.length < size) doc += para;
    let t = Date.now(); fromMarkdown(doc); const a = Date.now() - t;
    t = Date.now(); micromark(doc); r.push(`${size}: mdast ${a} html ${Date.now() - t}`);
  }
  console.log(name, r.join(' | '));
}
