// The server and its corpus over stdio: watching files on disk, no corpus, and indexing in the background.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeConfigurationNotification, FileChangeType, type MessageType, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { DRAFT, TROOPS_DRAFT, TROOPS_SOURCE } from './drafts';
import { LspSession, ROOT, makeWorkspace, messageOf, removeWorkspace, uriOf } from './harness';

test('a source changed, deleted or added on disk re-indexes that file and re-checks the open draft', async () => {
  const ws = makeWorkspace({ 'corpus/nato.txt': TROOPS_SOURCE }, false);
  const s = await LspSession.start({ workspace: ws });
  try {
    const uri = await s.open(join(ws, 'draft.md'), TROOPS_DRAFT);
    const first = await s.waitForDiagnostics(uri);
    assert.deepEqual(first.diagnostics, [], 'the draft agrees with its one source');
    // The client is told what to watch: the corpus globs and the allow file.
    const watch = await s.waitFor('the watcher registration', 10_000, () => s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const patterns = (watch.options as { watchers: Array<{ globPattern: { pattern: string } }> }).watchers.map((w) => w.globPattern.pattern);
    assert.deepEqual(patterns, ['corpus/**/*.{txt,md}', '.factcheck/allow.txt']);

    const source = join(ws, 'corpus/nato.txt');
    writeFileSync(source, TROOPS_SOURCE.replace('700', '600'));
    let mark = s.diagnostics.length;
    await s.filesChanged([{ uri: uriOf(source), type: FileChangeType.Changed }]);
    const changed = await s.waitForDiagnostics(uri, () => true, 10_000, mark);
    assert.deepEqual(changed.diagnostics.map((d) => [d.code, s.doc(uri).getText(d.range)]), [['contradicted-number', '700']]);
    assert.match(messageOf(changed.diagnostics[0]!), /sources say 600/);

    rmSync(source);
    mark = s.diagnostics.length;
    await s.filesChanged([{ uri: uriOf(source), type: FileChangeType.Deleted }]);
    // No source left: the draft is not reported as all-unsupported; its diagnostics are cleared.
    assert.deepEqual((await s.waitForDiagnostics(uri, () => true, 10_000, mark)).diagnostics, []);

    const added = join(ws, 'corpus/more/nato-again.md');
    cpSync(join(ROOT, 'corpus/001_69cd343abdbbf914.txt'), added);
    mark = s.diagnostics.length;
    await s.filesChanged([{ uri: uriOf(added), type: FileChangeType.Created }]);
    const again = await s.waitForDiagnostics(uri, () => true, 10_000, mark);
    assert.deepEqual(again.diagnostics, [], 'the added article says 700 more troops as well');
  } finally {
    await s.stop();
    removeWorkspace(ws);
  }
});

test('no corpus: one non-modal warning naming the setting, and drafts are left alone', async () => {
  const ws = makeWorkspace({}, false);
  const generic = await LspSession.start({ workspace: ws });
  const vscodeLike = await LspSession.start({ workspace: ws, initializationOptions: { handlesNoCorpus: true } });
  try {
    const uri = await generic.open(join(ws, 'draft.md'), DRAFT);
    const messages = await generic.waitFor('a message', 10_000, () => {
      const shown = generic.notificationsOf<ShowMessageParams>('window/showMessage');
      return shown.length > 0 ? shown : undefined;
    });
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.type, 2 satisfies MessageType, 'a warning, not an error');
    assert.match(messages[0]!.message, /no source articles .* factcheck\.corpus \(corpus\/\*\*\/\*\.\{txt,md\}\)/);
    await generic.hover(uri, 2, 25);
    assert.ok(!generic.diagnostics.some((p) => p.uri === uri && p.diagnostics.length > 0));

    // The extension shows its own message with an "Open Setting" button, so it gets a notification instead.
    const notice = await vscodeLike.waitFor('factcheck/noCorpus', 10_000, () => vscodeLike.notificationsOf<{ globs: string[] }>('factcheck/noCorpus')[0]);
    assert.deepEqual(notice.globs, ['corpus/**/*.{txt,md}']);
    assert.deepEqual(vscodeLike.notificationsOf('window/showMessage'), []);
  } finally {
    await generic.stop();
    await vscodeLike.stop();
    removeWorkspace(ws);
  }
});

test('a large corpus indexes in the background with progress; hover answers meanwhile and the first check waits', async () => {
  const ws = makeWorkspace();
  // 100 copies of the seed articles: enough that indexing takes a while on any machine.
  for (let i = 0; i < 20; i++) {
    for (const name of readdirSync(join(ROOT, 'corpus'))) cpSync(join(ROOT, 'corpus', name), join(ws, `corpus/copies/${i}-${name}`));
  }
  const s = await LspSession.start({ workspace: ws });
  try {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    await s.waitFor('indexing to begin', 10_000, () => s.progress.find((p) => p.kind === 'begin'));
    const hover = await s.hover(uri, 2, 25);
    const indexingDone = s.progress.some((p) => p.kind === 'end');
    assert.ok(!indexingDone, 'hover was answered while indexing was still running');
    assert.equal(hover, null, 'nothing to say before the index is ready, but no waiting either');

    const first = await s.waitForDiagnostics(uri, () => true, 60_000);
    assert.ok(s.progress.some((p) => p.kind === 'end'));
    assert.deepEqual(first.diagnostics.map((d) => d.code), ['contradicted-number', 'misspelled-name', 'unsupported-name']);
    assert.equal(s.diagnostics.filter((p) => p.uri === uri).length, 1, 'one check, after the index, not a premature one');
    const reports = s.progress.filter((p) => p.kind === 'report');
    assert.ok(reports.length > 1 && reports.at(-1)!.message!.endsWith('105/105 sources'), JSON.stringify(reports.at(-1)));

    const status = s.notificationsOf<{ uri?: string; sources: number; counts?: object }>('factcheck/status').filter((p) => p.uri === uri).at(-1);
    assert.deepEqual(status, { uri, sources: 105, indexing: false, version: 1, counts: { supported: 6, unsupported: 1, contradicted: 2 } });
  } finally {
    await s.stop();
    removeWorkspace(ws);
  }
});

test('Re-index Sources picks up files the watcher never reported', async () => {
  const ws = makeWorkspace({ 'corpus/nato.txt': TROOPS_SOURCE.replace('700', '600') }, false);
  const s = await LspSession.start({ workspace: ws });
  try {
    const uri = await s.open(join(ws, 'draft.md'), TROOPS_DRAFT);
    assert.equal((await s.waitForDiagnostics(uri)).diagnostics.length, 1);
    writeFileSync(join(ws, 'corpus/nato.txt'), TROOPS_SOURCE);
    const mark = s.diagnostics.length;
    await s.executeCommand('factcheck.server.reindex');
    assert.deepEqual((await s.waitForDiagnostics(uri, () => true, 10_000, mark)).diagnostics, []);
  } finally {
    await s.stop();
    removeWorkspace(ws);
  }
});

test('changing factcheck.corpus re-indexes from the new globs and re-checks open drafts', async () => {
  const ws = makeWorkspace({ 'corpus/nato.txt': TROOPS_SOURCE, 'articles/nato.md': TROOPS_SOURCE.replace('700', '600') }, false);
  const settings: Record<string, unknown> = {};
  const s = await LspSession.start({ workspace: ws, settings: () => settings });
  try {
    const uri = await s.open(join(ws, 'draft.md'), TROOPS_DRAFT);
    assert.deepEqual((await s.waitForDiagnostics(uri)).diagnostics, []);
    settings.corpus = ['articles/*.md'];
    const mark = s.diagnostics.length;
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const after = await s.waitForDiagnostics(uri, () => true, 10_000, mark);
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['contradicted-number'], 'now checked against articles/ alone');
    await s.waitFor('watchers for the new globs', 10_000, () =>
      s.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.options).includes('articles/*.md')) || undefined,
    );
  } finally {
    await s.stop();
    removeWorkspace(ws);
  }
});
