// The index saved in the client's storage folder: a restart reads only the sources that changed, and a
// damaged saved index, or none at all, costs nothing but a full read. A preload (guard.cjs) records the
// files the real server process reads and writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { LogMessageParams, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DRAFT } from './drafts';
import { LspSession, makeWorkspace, messageOf, removeWorkspace, uriOf, writeFile, type StartOptions } from './harness';

const GUARD = join(__dirname, '../robustness/security/guard.cjs');

interface GuardEntry {
  kind: string;
  target: string | null;
}

/** A server run to its first diagnostics for `draft`; returns them with its log and (guarded) file access. */
async function run(
  ws: string,
  draft: string,
  options: Partial<StartOptions> & { until?: RegExp } = {},
): Promise<{ diagnostics: PublishDiagnosticsParams; log: string[]; access: GuardEntry[] }> {
  const scratch = mkdtempSync(join(tmpdir(), 'factcheck-guard-'));
  const guardLog = join(scratch, 'guard.jsonl');
  writeFileSync(guardLog, '');
  const s = await LspSession.start({
    workspace: ws,
    spawn: { execArgv: ['--require', GUARD], env: { FACTCHECK_GUARD_LOG: guardLog } },
    ...options,
  });
  const log = () => s.notificationsOf<LogMessageParams>('window/logMessage').map((m) => m.message);
  let diagnostics: PublishDiagnosticsParams;
  try {
    const uri = await s.open(join(ws, 'draft.md'), draft);
    diagnostics = await s.waitForDiagnostics(uri);
    if (options.until) await s.waitFor(`a log line ${options.until}`, 30_000, () => log().find((line) => options.until!.test(line)));
  } finally {
    await s.stop();
  }
  const access = readFileSync(guardLog, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GuardEntry);
  rmSync(scratch, { recursive: true, force: true });
  return { diagnostics, log: log(), access };
}

const SAVED = /^Saved the index of ws \(\d+ source\(s\)\)/;
const indexedLine = (log: string[]) => log.find((line) => line.startsWith('Indexed '));
const corpusReads = (access: GuardEntry[], ws: string) =>
  access.filter((e) => e.kind === 'read' && e.target?.startsWith(join(ws, 'corpus') + sep)).map((e) => relative(ws, e.target!).split(sep).join('/'));
const cited = (p: PublishDiagnosticsParams) => p.diagnostics.flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri));

test('a second start with the same storage folder reads no unchanged source and reports the same diagnostics', async () => {
  const ws = makeWorkspace();
  const storage = join(mkdtempSync(join(tmpdir(), 'factcheck-storage-')), 'not-yet-created');
  try {
    const first = await run(ws, DRAFT, { initializationOptions: { storagePath: storage }, until: SAVED });
    assert.equal(indexedLine(first.log), 'Indexed 5 source(s) in ws.', 'no saved index yet');
    assert.equal(corpusReads(first.access, ws).length, 5);
    assert.equal(readdirSync(storage).length, 1, 'one saved index for the one folder');

    const second = await run(ws, DRAFT, { initializationOptions: { storagePath: storage } });
    assert.equal(indexedLine(second.log), 'Indexed 5 source(s) in ws (5 unchanged since the saved index, 0 read).');
    assert.deepEqual(corpusReads(second.access, ws), [], 'no corpus file is read again');
    assert.ok(second.diagnostics.diagnostics.length > 0);
    assert.deepEqual(second.diagnostics.diagnostics, first.diagnostics.diagnostics);
  } finally {
    removeWorkspace(ws);
    rmSync(join(storage, '..'), { recursive: true, force: true });
  }
});

test('shutting down right after indexing writes the pending save, so the next start reads nothing again', async () => {
  const ws = makeWorkspace();
  const storage = mkdtempSync(join(tmpdir(), 'factcheck-storage-'));
  try {
    // Stopped as soon as the first diagnostics arrive: well inside the pause a save normally waits for.
    const first = await run(ws, DRAFT, { initializationOptions: { storagePath: storage } });
    assert.ok(first.log.some((line) => SAVED.test(line)), 'saved while shutting down');
    const second = await run(ws, DRAFT, { initializationOptions: { storagePath: storage } });
    assert.equal(indexedLine(second.log), 'Indexed 5 source(s) in ws (5 unchanged since the saved index, 0 read).');
    assert.deepEqual(corpusReads(second.access, ws), []);
  } finally {
    removeWorkspace(ws);
    rmSync(storage, { recursive: true, force: true });
  }
});

test('between starts, a changed source is read again, a deleted one is gone and an added one is read', async () => {
  const ws = makeWorkspace(
    {
      'corpus/nato.txt': ' date 2023-06-01 NATO said on Monday it would send 700 more troops to Kosovo.\n',
      'corpus/simic.txt': ' date 2023-06-02 Igor Simic of the Serbian List spoke to reporters in Mitrovica.\n',
    },
    false,
  );
  const storage = mkdtempSync(join(tmpdir(), 'factcheck-storage-'));
  const draft = 'NATO will send 700 more troops to Kosovo. Igor Simic of the Serbian List spoke. Marko Petrovic warned.\n';
  const options = { initializationOptions: { storagePath: storage } };
  try {
    const first = await run(ws, draft, { ...options, until: SAVED });
    const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code}:${draft.slice(d.range.start.character, d.range.end.character)}`);
    assert.deepEqual(codes(first.diagnostics), ['unsupported-name:Marko Petrovic']);

    writeFile(ws, 'corpus/nato.txt', ' date 2023-06-01 NATO said on Monday it would send 600 more troops to Kosovo.\n');
    rmSync(join(ws, 'corpus/simic.txt'));
    writeFile(ws, 'corpus/petrovic.txt', ' date 2023-06-03 Marko Petrovic warned that Serbia would not stand idle.\n');

    const second = await run(ws, draft, options);
    assert.equal(indexedLine(second.log), 'Indexed 2 source(s) in ws (0 unchanged since the saved index, 2 read).');
    assert.deepEqual(corpusReads(second.access, ws).sort(), ['corpus/nato.txt', 'corpus/petrovic.txt']);
    assert.deepEqual(codes(second.diagnostics), ['contradicted-number:700', 'unsupported-name:Igor Simic', 'unsupported-name:Serbian List']);
    assert.match(messageOf(second.diagnostics.diagnostics[0]!), /sources say 600/, 'the new text of the changed source');
    // Igor Simic and the Serbian List were only in the deleted source: unsupported now, and it is cited nowhere.
    assert.deepEqual([...new Set(cited(second.diagnostics))], [uriOf(join(ws, 'corpus/nato.txt'))]);
  } finally {
    removeWorkspace(ws);
    rmSync(storage, { recursive: true, force: true });
  }
});

test('a damaged saved index is logged, deleted and replaced, and diagnostics still arrive', async () => {
  const ws = makeWorkspace();
  const storage = mkdtempSync(join(tmpdir(), 'factcheck-storage-'));
  const options = { initializationOptions: { storagePath: storage } };
  try {
    const first = await run(ws, DRAFT, { ...options, until: SAVED });
    const [name] = readdirSync(storage);
    const file = join(storage, name!);
    const saved = readFileSync(file);
    for (const damaged of [Buffer.from('{"format": 1, "sources": ['), saved.subarray(0, saved.length - 100), Buffer.alloc(0)]) {
      writeFileSync(file, damaged);
      const again = await run(ws, DRAFT, { ...options, until: SAVED });
      assert.equal(again.log.filter((line) => /saved index .* is not usable/.test(line)).length, 1, `one line says why (${damaged.length} bytes)`);
      assert.equal(indexedLine(again.log), 'Indexed 5 source(s) in ws.', 'indexed from scratch');
      assert.deepEqual(again.diagnostics.diagnostics, first.diagnostics.diagnostics);
    }
    const after = await run(ws, DRAFT, options);
    assert.equal(indexedLine(after.log), 'Indexed 5 source(s) in ws (5 unchanged since the saved index, 0 read).', 'the replacement is used');
    assert.deepEqual(readdirSync(storage), [name]);
  } finally {
    removeWorkspace(ws);
    rmSync(storage, { recursive: true, force: true });
  }
});

test('without a usable storage folder the server writes nothing anywhere', async () => {
  const ws = makeWorkspace();
  try {
    for (const initializationOptions of [undefined, { storagePath: 'relative/folder' }]) {
      const scratch = mkdtempSync(join(tmpdir(), 'factcheck-guard-'));
      const guardLog = join(scratch, 'guard.jsonl');
      writeFileSync(guardLog, '');
      const s = await LspSession.start({
        workspace: ws,
        initializationOptions,
        spawn: { execArgv: ['--require', GUARD], env: { FACTCHECK_GUARD_LOG: guardLog } },
      });
      try {
        const uri = await s.open(join(ws, 'draft.md'), DRAFT);
        await s.waitForDiagnostics(uri);
        // A full re-read is what a server with a storage folder saves, a short pause after it ends.
        await s.executeCommand('factcheck.server.reindex');
        // Longer than that pause: a server that meant to save would have by now.
        await new Promise((r) => setTimeout(r, 3000));
      } finally {
        await s.stop();
      }
      const log = s.notificationsOf<LogMessageParams>('window/logMessage').map((m) => m.message);
      const writes = readFileSync(guardLog, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GuardEntry).filter((e) => e.kind === 'write');
      assert.deepEqual(writes, [], `no file written (${JSON.stringify(initializationOptions)})`);
      assert.ok(!log.some((line) => line.startsWith('Saved the index')));
      if (initializationOptions) assert.ok(log.some((line) => /^Not saving the index: storagePath "relative\/folder" is not an absolute path/.test(line)));
      assert.ok(!existsSync(join(ws, 'relative')) && !existsSync(join(process.cwd(), 'relative')));
      rmSync(scratch, { recursive: true, force: true });
    }
  } finally {
    removeWorkspace(ws);
  }
});
