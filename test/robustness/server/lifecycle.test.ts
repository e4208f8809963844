// Issue 6, faults: a server must never outlive its editor, or a restarted editor would run two. It exits
// when its input closes and when the editor process it was started for dies; killed mid-check, a fresh
// server (what the client's restart starts) gives the same diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DRAFT } from '../../server/drafts';
import { LspSession, makeWorkspace, removeWorkspace } from '../../server/harness';

function exited(child: ChildProcess, ms: number): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server ${child.pid} still running after ${ms} ms`)), ms);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
  });
}

test('the server exits when the editor closes its input, even in the middle of indexing', async () => {
  const ws = makeWorkspace();
  const s = await LspSession.start({ workspace: ws });
  try {
    await s.open(join(ws, 'draft.md'), DRAFT);
    s.child.stdin.end();
    await exited(s.child, 10_000);
  } finally {
    await s.stop();
    removeWorkspace(ws);
  }
});

test('the server exits when the editor process it serves dies without a word', async () => {
  const ws = makeWorkspace();
  // Stands in for an editor that crashes: alive at initialize, killed right after.
  const editor = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const s = await LspSession.start({ workspace: ws, processId: editor.pid! });
  try {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    await s.waitForDiagnostics(uri);
    editor.kill('SIGKILL');
    // vscode-languageserver checks the editor's process every 3 seconds.
    await exited(s.child, 15_000);
  } finally {
    editor.kill('SIGKILL');
    await s.stop();
    removeWorkspace(ws);
  }
});

test('a server killed mid-check is replaced by a fresh one that publishes the same diagnostics', async () => {
  const ws = makeWorkspace();
  try {
    const first = await LspSession.start({ workspace: ws });
    const uri = await first.open(join(ws, 'draft.md'), DRAFT);
    const before = await first.waitForDiagnostics(uri);
    await first.change(uri, DRAFT.replace('600', '60'));
    await first.save(uri);
    first.child.kill('SIGKILL');
    await exited(first.child, 10_000);
    await first.stop();

    const second = await LspSession.start({ workspace: ws });
    try {
      const again = await second.open(join(ws, 'draft.md'), DRAFT);
      const after = await second.waitForDiagnostics(again);
      assert.deepEqual(after.diagnostics, before.diagnostics);
    } finally {
      await second.stop();
    }
  } finally {
    removeWorkspace(ws);
  }
});
