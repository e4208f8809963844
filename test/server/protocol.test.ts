// Speaks LSP over stdio to the bundled server (dist/server.js, from `npm run build`), as any editor would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, DidChangeConfigurationNotification, type MarkupContent } from 'vscode-languageserver-protocol';
import { DRAFT, positionOf } from './drafts';
import { LspSession, makeWorkspace, messageOf, removeWorkspace, uriOf, type StartOptions } from './harness';

async function withServer(options: Partial<StartOptions> & { files?: Record<string, string> }, body: (s: LspSession, ws: string) => Promise<void>) {
  const ws = options.workspace ?? makeWorkspace(options.files);
  const session = await LspSession.start({ ...options, workspace: ws });
  try {
    await body(session, ws);
  } finally {
    await session.stop();
    removeWorkspace(ws);
  }
}

test('a draft gets a diagnostic on each wrong claim, saying what the sources say and linking to them; right claims get none', () =>
  withServer({}, async (s, ws) => {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    const { diagnostics, version } = await s.waitForDiagnostics(uri);
    assert.equal(version, 1);
    const doc = s.doc(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, doc.getText(d.range), d.severity, d.source]),
      [
        ['contradicted-number', '600', DiagnosticSeverity.Error, 'factcheck'],
        ['misspelled-name', 'Igor Simich', DiagnosticSeverity.Error, 'factcheck'],
        ['unsupported-name', 'Marko Petrovic', DiagnosticSeverity.Warning, 'factcheck'],
      ],
    );
    const [troops, simic] = diagnostics;
    assert.match(messageOf(troops!), /sources say 700 more troops/);
    assert.match(messageOf(simic!), /Igor Simic\b/);
    // Related information opens the source sentence: its file and its line, which holds the value.
    const related = troops!.relatedInformation![0]!;
    const source = join(ws, 'corpus/001_69cd343abdbbf914.txt');
    assert.equal(related.location.uri, uriOf(source));
    const line = readFileSync(source, 'utf8').split('\n')[related.location.range.start.line]!;
    assert.match(line, /700 more troops/);
    assert.match(related.message, /2023-06-01: ".*700 more troops/);
  }));

test('settings are read per document: severities, languages; untitled drafts are checked, corpus files never', () =>
  withServer(
    {
      settings: (scope) =>
        scope?.endsWith('lenient.md')
          ? { severity: { contradicted: 'information', unsupported: 'off' } }
          : { languages: ['markdown', 'plaintext'] },
    },
    async (s, ws) => {
      const corpusFile = join(ws, 'corpus/001_69cd343abdbbf914.txt');
      const inCorpus = await s.open(corpusFile, readFileSync(corpusFile, 'utf8'), 'plaintext');
      const rst = await s.open(join(ws, 'draft.rst'), DRAFT, 'restructuredtext');
      const lenient = await s.open(join(ws, 'lenient.md'), DRAFT);
      const untitled = await s.open('untitled:Untitled-1', DRAFT.replace('# NATO', 'NATO'), 'plaintext');
      const lenientDiagnostics = await s.waitForDiagnostics(lenient);
      assert.deepEqual(
        lenientDiagnostics.diagnostics.map((d) => [d.code, d.severity]),
        [
          ['contradicted-number', DiagnosticSeverity.Information],
          ['misspelled-name', DiagnosticSeverity.Information],
        ],
      );
      const untitledDiagnostics = await s.waitForDiagnostics(untitled);
      assert.deepEqual(untitledDiagnostics.diagnostics.map((d) => d.code), ['contradicted-number', 'misspelled-name', 'unsupported-name']);
      // A round trip after both drafts were answered: the server has handled everything sent before.
      await s.hover(lenient, 0, 0);
      assert.deepEqual(s.diagnostics.filter((d) => d.uri === inCorpus || d.uri === rst), []);
      assert.equal(await s.hover(inCorpus, 16, 60), null, 'a source is not a draft, even when open');
    },
  ));

test('hover quotes the source sentence with its file, date and a link to its line, for right and wrong claims', () =>
  withServer({}, async (s, ws) => {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    await s.waitForDiagnostics(uri);
    const at600 = positionOf(DRAFT, '600');
    const hover = await s.hover(uri, at600.line, at600.character + 1);
    const value = (hover!.contents as MarkupContent).value;
    assert.equal((hover!.contents as MarkupContent).kind, 'markdown');
    assert.deepEqual(hover!.range, { start: at600, end: { line: at600.line, character: at600.character + 3 } });
    assert.match(value, /^\*\*Fact Check: Contradicted\*\* — sources say 700 more troops/);
    assert.match(value, /> After clashes on Monday, during which 30 NATO troops .* NATO said it would send 700 more troops to Kosovo/);
    const link = `](${uriOf(join(ws, 'corpus/001_69cd343abdbbf914.txt'))}#L17)`;
    assert.ok(value.includes(link), `links to the source line: ${value}`);
    assert.match(value, /· 2023\\-06\\-01/);

    const at4000 = positionOf(DRAFT, '4,000');
    const supported = (await s.hover(uri, at4000.line, at4000.character))!.contents as MarkupContent;
    assert.match(supported.value, /^\*\*Fact Check: Supported\*\*/);
    assert.match(supported.value, /4,000\\-strong mission/);

    const nothing = positionOf(DRAFT, 'reinforcements');
    assert.equal(await s.hover(uri, nothing.line, nothing.character + 2), null);
  }));

test('onSave checks when saved, onType after a pause in typing, manual only on command; opening checks once', () =>
  withServer(
    {
      settings: (scope) =>
        scope?.endsWith('typed.md')
          ? { run: 'onType', debounceMs: 150 }
          : scope?.endsWith('manual.md')
            ? { run: 'manual' }
            : { run: 'onSave', debounceMs: 150 },
    },
    async (s, ws) => {
      const saved = await s.open(join(ws, 'saved.md'), DRAFT);
      const typed = await s.open(join(ws, 'typed.md'), DRAFT);
      const manual = await s.open(join(ws, 'manual.md'), DRAFT);
      await s.waitForDiagnostics(saved, (p) => p.diagnostics.length === 3);
      await s.waitForDiagnostics(typed, (p) => p.diagnostics.length === 3);

      // Three quick edits fixing the troop count: onType checks once, the last version only.
      const mark = s.diagnostics.length;
      const fixed = DRAFT.replace('600', '700');
      for (const text of [DRAFT.replace('600', '7'), DRAFT.replace('600', '70'), fixed]) {
        await s.change(typed, text);
        await s.change(saved, text);
      }
      const afterTyping = await s.waitForDiagnostics(typed, (p) => p.version === 4, 10_000, mark);
      assert.deepEqual(afterTyping.diagnostics.map((d) => d.code), ['misspelled-name', 'unsupported-name']);
      await s.hover(saved, 0, 0);
      assert.deepEqual(
        s.diagnostics.slice(mark).map((p) => [p.uri === typed ? 'typed' : p.uri === saved ? 'saved' : 'other', p.version]),
        [['typed', 4]],
        'no check while typing in the onSave draft, and one check after the pause in the onType draft',
      );

      await s.save(saved);
      const afterSave = await s.waitForDiagnostics(saved, (p) => p.version === 4, 10_000, mark);
      assert.deepEqual(afterSave.diagnostics.map((d) => d.code), ['misspelled-name', 'unsupported-name']);

      assert.ok(!s.diagnostics.some((p) => p.uri === manual), 'manual drafts are not checked on open');
      await s.executeCommand('factcheck.server.checkDocument', { uri: manual });
      assert.equal((await s.waitForDiagnostics(manual)).diagnostics.length, 3);
    },
  ));

test('a client without workspace/configuration passes settings at start and pushes changes', () =>
  withServer(
    { configuration: false, initializationOptions: { settings: { severity: { unsupported: 'off' } } } },
    async (s, ws) => {
      const uri = await s.open(join(ws, 'draft.md'), DRAFT);
      const first = await s.waitForDiagnostics(uri);
      assert.deepEqual(first.diagnostics.map((d) => d.code), ['contradicted-number', 'misspelled-name']);
      const mark = s.diagnostics.length;
      await s.connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { factcheck: { severity: { unsupported: 'error' } } },
      });
      const pushed = await s.waitForDiagnostics(uri, () => true, 10_000, mark);
      assert.deepEqual(pushed.diagnostics.map((d) => [d.code, d.severity]), [
        ['contradicted-number', DiagnosticSeverity.Error],
        ['misspelled-name', DiagnosticSeverity.Error],
        ['unsupported-name', DiagnosticSeverity.Error],
      ]);
    },
  ));
