// Issue 6, security: the language server, through a whole session (index, checks, hovers, quick fixes,
// commands, corpus and settings changes), opens no network connection, starts no process, reads only the
// corpus files and the allow list, lists only corpus folders and writes only the allow list. A preload
// (guard.cjs) records every such call inside the real server process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { DidChangeConfigurationNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { DRAFT, positionOf, rangeOf } from '../../server/drafts';
import { LspSession, ROOT, makeWorkspace, removeWorkspace, uriOf, writeFile } from '../../server/harness';

interface Entry {
  kind: 'read' | 'list' | 'write' | 'network' | 'process' | 'start';
  api: string;
  target: string | null;
}

test('a full session reads only corpus files and the allow list, and never touches the network or a process', async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'factcheck-guard-'));
  const guardLog = join(logDir, 'guard.jsonl');
  writeFileSync(guardLog, '');
  const ws = makeWorkspace({
    'notes/private.txt': 'Private notes: not a source, never to be read.',
    'draft.md': 'The draft on disk: the server gets its text from the editor, never from here.',
    'corpus/nested/extra.md': '# Extra\n\nNATO said it would send 700 more troops to Kosovo.\n',
  });
  const s = await LspSession.start({
    workspace: ws,
    settings: { run: 'onType', debounceMs: 50 },
    spawn: { execArgv: ['--require', join(__dirname, 'guard.cjs')], env: { FACTCHECK_GUARD_LOG: guardLog } },
  });
  try {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    const untitled = await s.open('untitled:Untitled-1', 'Kurti said NATO sent 600 more troops.', 'plaintext');
    const { diagnostics } = await s.waitForDiagnostics(uri);
    await s.waitForDiagnostics(untitled);
    const at = positionOf(DRAFT, '600');
    assert.ok(await s.hover(uri, at.line, at.character));
    const fixes = await s.codeActions(uri, rangeOf(DRAFT, '600'), diagnostics);
    assert.ok(fixes.some((f) => f.title === 'Replace 600 with 700'));
    await s.executeCommand('factcheck.server.citeAll', { uri, version: s.doc(uri).version });
    await s.executeCommand('factcheck.server.allowName', { uri, name: 'Marko Petrovic' });
    await s.change(uri, `${s.doc(uri).getText()}\nKurti spoke.\n`);
    await s.waitForDiagnostics(uri, (p) => p.version === s.doc(uri).version);
    const source = join(ws, 'corpus/001_69cd343abdbbf914.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('700 more troops', '600 more troops'));
    writeFile(ws, 'corpus/new.txt', 'Igor Simich is a new name.\n');
    await s.filesChanged([
      { uri: uriOf(source), type: FileChangeType.Changed },
      { uri: uriOf(join(ws, 'corpus/new.txt')), type: FileChangeType.Created },
      { uri: uriOf(join(ws, 'notes/private.txt')), type: FileChangeType.Changed },
      { uri: uriOf(join(ws, 'draft.md')), type: FileChangeType.Changed },
    ]);
    await s.executeCommand('factcheck.server.reindex');
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await s.executeCommand('factcheck.server.checkDocument', { uri });
    await s.close(untitled);
    await s.hover(uri, 0, 0);
  } finally {
    await s.stop();
  }
  try {
    const entries = readFileSync(guardLog, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Entry);
    assert.equal(entries[0]?.kind, 'start', 'the guard was loaded into the server');
    assert.deepEqual(entries.filter((e) => e.kind === 'network' || e.kind === 'process'), []);

    const inWorkspace = (target: string | null) => (target ? relative(ws, target).split(sep).join('/') : '');
    const ownFiles = (target: string | null) => !!target && (target.startsWith(join(ROOT, 'dist') + sep) || target.startsWith(join(ROOT, 'node_modules') + sep));
    const corpusFile = (p: string) => /^corpus\/.*\.(txt|md)$/.test(p);
    const reads = entries.filter((e) => e.kind === 'read' && !ownFiles(e.target)).map((e) => inWorkspace(e.target));
    assert.ok(reads.length > 0, 'the guard saw the corpus being read');
    assert.deepEqual(reads.filter((p) => !corpusFile(p) && p !== '.factcheck/allow.txt'), [], 'reads outside the corpus');
    assert.ok(reads.includes('corpus/nested/extra.md') && reads.includes('corpus/new.txt'));

    const lists = entries.filter((e) => e.kind === 'list').map((e) => inWorkspace(e.target));
    assert.deepEqual(lists.filter((p) => p !== 'corpus' && !p.startsWith('corpus/')), [], 'folders listed outside the corpus');

    const writes = entries.filter((e) => e.kind === 'write').map((e) => inWorkspace(e.target));
    assert.deepEqual([...new Set(writes)].sort(), ['.factcheck', '.factcheck/allow.txt'], 'the allow list is all it writes');
  } finally {
    removeWorkspace(ws);
    rmSync(logDir, { recursive: true, force: true });
  }
});
