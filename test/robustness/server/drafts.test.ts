// Issue 6, bad drafts through the language server: empty, one long line, unicode and CRLF, a document
// edited while its check runs, and a 200,000-word draft that must not stop the server from answering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DRAFT } from '../../server/drafts';
import { hugeDraft } from '../fuzz/generator';
import { LspSession, withSession } from '../../server/harness';

const withServer = withSession;

function assertOnClaims(s: LspSession, uri: string, diagnostics: Diagnostic[]): void {
  const doc = s.doc(uri);
  for (const d of diagnostics) {
    const data = d.data as { text: string; version: number };
    assert.equal(doc.getText(d.range), data.text, `diagnostic ${d.code} sits on its claim`);
    assert.equal(data.version, doc.version);
  }
}

test('empty drafts get an empty diagnostic list, a null hover and no actions', () =>
  withServer({}, async (s, ws) => {
    for (const [name, text, language] of [['empty.md', '', 'markdown'], ['blank.txt', '\r\n\r\n  \n', 'plaintext'], ['bom.md', '\uFEFF', 'markdown']] as const) {
      const uri = await s.open(join(ws, name), text, language);
      assert.deepEqual((await s.waitForDiagnostics(uri)).diagnostics, [], name);
      assert.equal(await s.hover(uri, 0, 0), null);
      assert.deepEqual(await s.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), []);
    }
  }));

test('unicode before claims, CRLF and a 100 KB line: every diagnostic sits exactly on its claim', () =>
  withServer({}, async (s, ws) => {
    const unicode = DRAFT.replace('NATO said', '👩‍👩‍👧 🇽🇰 cafe\u0301 e\u0301\u0301 中文 NATO said').replace('Marko', '\u{1F3F3}\uFE0F\u200D\u{1F308} Marko');
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const sentence = 'NATO said it would send 600 more troops to Kosovo. ';
    const longLine = sentence.repeat(Math.ceil(100_000 / sentence.length)) + 'Igor Simich spoke.';
    for (const [name, text, count] of [['unicode.md', unicode, 3], ['crlf.md', crlf, 3], ['long.txt', longLine, Math.ceil(100_000 / sentence.length) + 1]] as const) {
      const uri = await s.open(join(ws, name), text, name.endsWith('.txt') ? 'plaintext' : 'markdown');
      const { diagnostics } = await s.waitForDiagnostics(uri, () => true, 60_000);
      assert.equal(diagnostics.length, count, name);
      assertOnClaims(s, uri, diagnostics);
    }
  }));

test('a draft edited while its check runs: the result for the old text is dropped, never published', async () => {
  let session: LspSession | undefined;
  const big = hugeDraft(1, 30_000);
  const edited = `${big}\nKurti spoke.\n`;
  let uri = '';
  await withServer(
    {
      // The server asks for the draft's settings right before it checks it: edit the draft then, so the
      // edit arrives while the check of version 1 runs.
      settings: (scope) => {
        if (scope === uri && session?.doc(uri).version === 1) setImmediate(() => void session!.change(uri, edited));
        return {};
      },
    },
    async (s, ws) => {
      session = s;
      await s.waitFor('the first index', 30_000, () => s.progress.find((p) => p.kind === 'end'));
      uri = `file://${join(ws, 'big.md')}`;
      await s.open(join(ws, 'big.md'), big);
      await s.waitFor('the edit', 30_000, () => (s.doc(uri).version === 2 ? true : undefined));
      await s.save(uri);
      const published = await s.waitForDiagnostics(uri, (p) => p.version === 2, 120_000);
      assertOnClaims(s, uri, published.diagnostics);
      assert.deepEqual(
        s.diagnostics.filter((p) => p.uri === uri).map((p) => p.version),
        [2],
        'version 1 was checked, but its result came after the edit and was dropped',
      );
    },
  );
});

test(
  'while a 200,000-word draft is checked, a second draft and hovers are answered, and an edit stops the check',
  () =>
    withServer({}, async (s, ws) => {
      await s.waitFor('the first index', 30_000, () => s.progress.find((p) => p.kind === 'end'));
      const huge = await s.open(join(ws, 'huge.md'), hugeDraft(2, 200_000));
      // Give the server time to start on it (settings round trip), then ask for other work.
      await new Promise((r) => setTimeout(r, 500));
      const small = await s.open(join(ws, 'small.md'), DRAFT);
      const smallDiagnostics = await s.waitForDiagnostics(small, () => true, 30_000);
      assert.equal(smallDiagnostics.diagnostics.length, 3);
      assert.ok(await s.hover(small, 2, 25), 'hover answered');
      assert.ok(!s.diagnostics.some((p) => p.uri === huge), 'the second draft was answered before the huge one finished');
      // The edit makes the running check stale: it stops, and version 1 is never published.
      await s.change(huge, `${s.doc(huge).getText()}\n\nKurti spoke.\n`);
      await s.hover(small, 2, 25);
      await new Promise((r) => setTimeout(r, 500));
      await s.hover(small, 2, 25);
      assert.ok(!s.diagnostics.some((p) => p.uri === huge && p.version === 1));
    }),
);
