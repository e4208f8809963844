// Issue 6, security: a source article (and its file name) written to attack the editor. Whatever it holds,
// the hover shows it as text (no link, image, HTML or command but our own link to the source), diagnostics
// carry it as plain strings, and citations put it into the draft as text, never as live Markdown or HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { LspSession, makeWorkspace, removeWorkspace } from '../../server/harness';

const ATTACKS = [
  '[click](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '[docs](javascript:alert(1))',
  '<script>alert(2)</script>',
  '![pic](https://evil.example/p.png)',
  '<javascript:alert(3)>',
  '$(terminal)',
];
const SOURCE = ` date 2023-06-01 Zvecan mayor Ilir Peci said 4,321 people came ${ATTACKS.join(' ')} that day.\n`;
const FILE = 'corpus/<img src=x onerror=alert(9)>[f](command:x).txt';

interface Node {
  type: string;
  url?: string;
  value?: string;
  children?: Node[];
}

/** Every node a GFM renderer (as VS Code's hover and Markdown preview) makes of `markdown`. */
function nodes(markdown: string): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    n.children?.forEach(walk);
  };
  walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node);
  return out;
}

function text(markdown: string): string {
  return nodes(markdown)
    .filter((n) => n.type === 'text' || n.type === 'inlineCode')
    .map((n) => n.value)
    .join('');
}

function assertInert(markdown: string, allowedLinks: RegExp, what: string): void {
  const found = nodes(markdown);
  for (const kind of ['html', 'image', 'imageReference', 'linkReference', 'definition']) {
    assert.deepEqual(found.filter((n) => n.type === kind).map((n) => n.value ?? n.url), [], `${what}: ${kind}`);
  }
  const links = found.filter((n) => n.type === 'link').map((n) => n.url!);
  assert.deepEqual(links.filter((url) => !allowedLinks.test(url)), [], `${what}: links`);
}

test('a hostile source shows as plain text in hovers, diagnostics and the citations inserted into the draft', async () => {
  const ws = makeWorkspace({ [FILE]: SOURCE }, false);
  const s = await LspSession.start({ workspace: ws });
  try {
    const draft = 'Zvecan mayor Ilir Peci said 4,321 people came that day.\n\nZvecan mayor Ilir Peci said 4,000 people came that day.\n';
    const uri = await s.open(join(ws, 'draft.md'), draft);
    const { diagnostics } = await s.waitForDiagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['contradicted-number']);
    for (const d of diagnostics) {
      assert.equal(typeof d.message, 'string', 'a diagnostic message is plain text, never Markdown');
      for (const r of d.relatedInformation ?? []) assert.equal(typeof r.message, 'string');
    }

    for (const line of [0, 2]) {
      const hover = await s.hover(uri, line, 30);
      const value = (hover!.contents as MarkupContent).value;
      // Ours is the file: link. A GFM renderer may still linkify a bare web address in the text, which
      // then reads as itself; never a command, script or image.
      assertInert(value, /^(file:\/\/|https?:\/\/)/, `hover on line ${line}`);
      const shown = text(value);
      for (const attack of ATTACKS) assert.ok(shown.includes(attack), `hover shows ${attack} as written`);
      assert.ok(!value.includes('$('), 'no theme icon syntax');
    }

    const actions = await s.codeActions(uri, { start: { line: 0, character: 30 }, end: { line: 0, character: 30 } });
    const cite = actions.find((a) => a.title === 'Insert citation');
    assert.ok(cite, actions.map((a) => a.title).join(', '));
    const cited = s.textAfter(uri, cite.edit);
    assertInert(cited, /^https?:\/\//, 'the draft after Insert citation');
    for (const attack of ATTACKS) assert.ok(text(cited).includes(attack), `the citation quotes ${attack} as text`);
    assert.ok(text(cited).includes('<img src=x onerror=alert(9)>[f](command:x).txt'), 'and names the file as text');
  } finally {
    await s.stop();
    removeWorkspace(ws);
  }
});
