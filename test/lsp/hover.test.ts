import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { CheckedClaim, Evidence } from '../../server/src/engine/types';
import { escapeMarkdown, hoverMarkdown } from '../../server/src/lsp/hover';

interface Node {
  type: string;
  url?: string;
  value?: string;
  children?: Node[];
}

/** Parses as a GFM renderer would (VS Code's hover renderer is GFM too). */
function parse(markdown: string): Node {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node;
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function visibleText(node: Node): string {
  let out = '';
  walk(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
  });
  return out;
}

function source(sentence: string, line = 11, extra: Partial<Evidence> = {}): Evidence {
  return {
    path: '/ws/corpus/001_69cd343abdbbf914.txt',
    displayPath: 'corpus/001_69cd343abdbbf914.txt',
    range: { start: { line, character: 0 }, end: { line, character: sentence.length } },
    sentence,
    ...extra,
  };
}

function claim(evidence: Evidence[], overrides: Partial<CheckedClaim> = {}): CheckedClaim {
  return {
    kind: 'number',
    text: '700',
    range: { start: { line: 0, character: 5 }, end: { line: 0, character: 8 } },
    offsets: { start: 5, end: 8 },
    sentence: 'NATO sends 700 more troops.',
    verdict: 'supported',
    code: 'supported-number',
    message: 'sources say 700 more troops',
    evidence,
    ...overrides,
  };
}

test('the hover gives the verdict, quotes the source sentence and links to its line with the date', () => {
  const md = hoverMarkdown(claim([source('NATO said it would send 700 more troops to Kosovo.', 16, { date: '2023-06-01' })]));
  const tree = parse(md);
  const text = visibleText(tree);
  assert.match(text, /^Fact Check: Supported — sources say 700 more troops/);
  assert.match(text, /NATO said it would send 700 more troops to Kosovo\./);
  assert.match(text, /corpus\/001_69cd343abdbbf914\.txt:17/);
  assert.match(text, /2023-06-01/);
  const links: string[] = [];
  walk(tree, (n) => n.type === 'link' && links.push(n.url!));
  assert.deepEqual(links, ['file:///ws/corpus/001_69cd343abdbbf914.txt#L17']);
});

test('the short quote at the end of the engine\'s message is left to the full quote below it', () => {
  const md = hoverMarkdown(
    claim([source('NATO said it would send 700 more troops to Kosovo.', 16)], {
      message: 'sources say 700 more troops ("NATO said it would send 700 more…", corpus/001_69cd343abdbbf914.txt:17)',
    }),
  );
  const text = visibleText(parse(md));
  assert.match(text, /^Fact Check: Supported — sources say 700 more troops\s*NATO said it would send 700 more troops to Kosovo\./);
});

test('up to three distinct sources are quoted, and the rest counted', () => {
  const sentences = ['One said 700.', 'Two said 700.', 'Three said 700.', 'Four said 700.'];
  const evidence = [source(sentences[0]!, 1), source(sentences[0]!, 1), ...sentences.slice(1).map((s, i) => source(s, i + 2))];
  const text = visibleText(parse(hoverMarkdown(claim(evidence))));
  for (const s of sentences.slice(0, 3)) assert.ok(text.includes(s), s);
  assert.ok(!text.includes('Four said'));
  assert.match(text, /and 1 more source sentence/);
  assert.match(visibleText(parse(hoverMarkdown(claim([], { verdict: 'unsupported', code: 'unsupported-number' })))), /No source sentence mentions this/);
});

test('Markdown, HTML and command links in a source render as its literal text, never as markup', () => {
  const hostile = [
    '[Open](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** `code`',
    '$(alert) https://evil.example/x www.evil.example a@b.example ~~gone~~ | a | b |',
    '# Heading &amp; &lt;b&gt; ![img](http://x/y.png) [^1] \\[esc\\] <https://auto.link>',
  ].join(' ');
  const md = hoverMarkdown(claim([source(hostile, 3, { date: '<b>2023</b>', displayPath: 'corpus/[x](command:y).txt' })], { message: 'say **700** <i>x</i>' }));
  const tree = parse(md);
  const kinds = new Map<string, number>();
  const links: string[] = [];
  walk(tree, (n) => {
    kinds.set(n.type, (kinds.get(n.type) ?? 0) + 1);
    if (n.type === 'link') links.push(n.url!);
  });
  for (const kind of ['html', 'image', 'emphasis', 'delete', 'inlineCode', 'heading', 'table', 'footnoteReference']) {
    assert.ok(!kinds.has(kind), `${kind} rendered from source text`);
  }
  assert.equal(kinds.get('strong'), 1, 'only our verdict is bold');
  // The only link that opens anything in the editor is ours, to the source file. A GFM renderer may still
  // linkify a bare web address or e-mail in the text (that is text, not markup): never a command or file.
  assert.deepEqual(
    links.filter((url) => !/^(https?:|mailto:)/.test(url)),
    ['file:///ws/corpus/001_69cd343abdbbf914.txt#L4'],
  );
  const text = visibleText(tree);
  assert.ok(text.includes(hostile), 'the source sentence shows exactly as written');
  assert.ok(text.includes('say **700** <i>x</i>'));
  assert.ok(!md.includes('$('), 'theme icon syntax is escaped');
});

test('escaping keeps every character of the text', () => {
  const raw = 'a\\b `c` *d* _e_ {f} [g] (h) #i +j -k .l !m |n <o> ~p &q =r :s $t @u ^v';
  assert.equal(visibleText(parse(escapeMarkdown(raw))), raw);
});
