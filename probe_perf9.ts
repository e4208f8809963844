import { fromMarkdown } from 'mdast-util-from-markdown';
const section = (n: number): string =>
    [`## Section ${n}`, '', `> Quote ${n} by [Albin Kurti](https://x.org/${n}).[^a]`, '', `- item ${n}`, `- see [report][r] and [^b]`, '', '```', 'code 700', '', 'code 701', '```', '', '<!--', 'comment 702', '', 'comment 703', '-->', '', `Paragraph ${n} &amp; more \\* text.`, ''].join('\n');
const parts: Record<string,string> = {
 all: section(1),
 quote: '> Quote 1 by [Albin Kurti](https://x.org/1).[^a]\n\n',
 list: '- item 1\n- see [report][r] and [^b]\n\n',
 fence: '```\ncode 700\n\ncode 701\n```\n\n',
 html: '<!--\ncomment 702\n\ncomment 703\n-->\n\n',
 para: 'Paragraph 1 &amp; more \\* text.\n\n## Section 1\n\n',
};
for (const [k, p] of Object.entries(parts)) { for (const size of [16000, 32000]) { const d = p.repeat(Math.ceil(size / p.length)); const t = Date.now(); for (let i = 0; i < 5; i++) fromMarkdown(d); console.log(k, size, (Date.now() - t) / 5, 'ms'); } }
