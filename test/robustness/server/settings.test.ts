// Issue 6, bad settings through the language server: wrong types and unknown values fall back to the
// defaults with one message (however many drafts and folders ask), and the server goes on checking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DidChangeConfigurationNotification, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { DRAFT } from '../../server/drafts';
import { LspSession, withSession, type Settings } from '../../server/harness';

const BAD: Settings = {
  corpus: 42,
  languages: [1, 'markdown'],
  run: 'sometimes',
  debounceMs: -1,
  severity: 'loud',
  citationStyle: { style: 'footnote' },
  allowCorpusOutsideWorkspace: 'yes',
  unknownSetting: true,
};

const session = withSession;

const warnings = (s: LspSession) => s.notificationsOf<ShowMessageParams>('window/showMessage').map((m) => m.message);

test('wrongly typed settings: drafts are checked with the defaults, and one message names every bad field', () =>
  session({ settings: BAD }, async (s, ws) => {
    const uris = await Promise.all(['a.md', 'b.md', 'c.md'].map((name) => s.open(join(ws, name), DRAFT)));
    for (const uri of uris) {
      const { diagnostics } = await s.waitForDiagnostics(uri);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [
        ['contradicted-number', 1],
        ['misspelled-name', 1],
        ['unsupported-name', 2],
      ]);
    }
    await s.hover(uris[0]!, 0, 0);
    const shown = warnings(s);
    assert.equal(shown.length, 1, shown.join('\n'));
    for (const field of ['corpus', 'languages', 'run', 'debounceMs', 'severity', 'citationStyle', 'allowCorpusOutsideWorkspace']) {
      assert.match(shown[0]!, new RegExp(`factcheck\\.${field.replace('.', '\\.')}: `), field);
    }
    assert.ok(!shown[0]!.includes('unknownSetting'), 'an unknown key is ignored, not reported');
  }));

test('a settings section that is not an object at all, pushed or answered, leaves the defaults in force', async () => {
  for (const raw of ['factcheck', 42, ['markdown'], true]) {
    await session({ settings: () => raw as unknown as Settings }, async (s, ws) => {
      const uri = await s.open(join(ws, 'draft.md'), DRAFT);
      assert.equal((await s.waitForDiagnostics(uri)).diagnostics.length, 3, JSON.stringify(raw));
      await s.hover(uri, 0, 0);
      assert.equal(warnings(s).length, 1, `one message for ${JSON.stringify(raw)}: ${warnings(s).join('\n')}`);
    });
  }
  await session({ configuration: false, initializationOptions: 'not an object' }, async (s, ws) => {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    assert.equal((await s.waitForDiagnostics(uri)).diagnostics.length, 3);
    for (const settings of [null, 'x', 42, { factcheck: 'x' }, { factcheck: { run: 7 } }]) {
      await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
    }
    assert.ok(await s.hover(uri, 2, 25), 'still answering');
  });
});

test('settings changed to bad values while running: one new message, checks go on with the defaults', async () => {
  let current: Settings = { severity: { unsupported: 'off' } };
  await session({ settings: () => current }, async (s, ws) => {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    assert.equal((await s.waitForDiagnostics(uri)).diagnostics.length, 2);
    assert.deepEqual(warnings(s), []);
    current = { severity: { unsupported: 'sometimes' }, citationStyle: 'x'.repeat(70_000), debounceMs: 'soon' };
    const mark = s.diagnostics.length;
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const after = await s.waitForDiagnostics(uri, () => true, 30_000, mark);
    assert.equal(after.diagnostics.length, 3, 'unsupported is back to its default, warning');
    await s.hover(uri, 0, 0);
    const shown = warnings(s);
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.match(shown[0]!, /factcheck\.severity\.unsupported/);
    assert.ok(shown[0]!.length < 1000, 'a huge value is not echoed in full');
  });
});

test('globs that cannot be used (too long, a brace bomb) are ignored with a message; the others still find the corpus', () =>
  session({ settings: { corpus: ['x'.repeat(70_000), 'corpus/{1..1000}{1..1000}{1..1000}/*.txt', 'corpus/*.txt'] } }, async (s, ws) => {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    assert.equal((await s.waitForDiagnostics(uri)).diagnostics.length, 3);
    await s.hover(uri, 0, 0);
    const shown = warnings(s);
    assert.equal(shown.length, 2, shown.join('\n'));
    assert.match(shown[0]!, /factcheck\.corpus "x+…" is not a usable glob/);
    assert.match(shown[1]!, /factcheck\.corpus "corpus\/\{1\.\.1000\}\{1\.\.1000\}\{1\.\.1000\}\/\*\.txt" is not a usable glob/);
  }));
