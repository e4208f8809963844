// Issue 6, faults and workspace trust, on the client's side: a crashed server is restarted a bounded number
// of times and then stopped with a clear message; restarts never overlap (no duplicate servers); the
// manifest declares untrusted and virtual workspace support and the client does what it declares.
// The VS Code wiring itself (client/src/extension.ts) is checked against these pieces by reading it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RestartPolicy, SCHEMES, SerialQueue, documentSelector } from '../../../client/src/serverPolicy';

const ROOT = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const extension = readFileSync(join(ROOT, 'client/src/extension.ts'), 'utf8');

test('a crashing server is restarted up to four times in three minutes, then stopped with a message', () => {
  let now = 0;
  const policy = new RestartPolicy(4, 180_000, () => now);
  for (let i = 1; i <= 4; i++) {
    now += 1_000;
    const decision = policy.closed();
    assert.equal(decision.restart, true, `crash ${i}`);
    assert.match(decision.message, new RegExp(`restarting it \\(${i} of 4\\)`));
  }
  now += 1_000;
  const last = policy.closed();
  assert.equal(last.restart, false);
  assert.match(last.message, /stopped 5 times in 3 minutes and will not be restarted/);
  assert.match(last.message, /Restart Server/, 'the message says how to get it back');
  // Crashes spread out over time never add up to giving up.
  const spread = new RestartPolicy(4, 180_000, () => now);
  for (let i = 0; i < 20; i++) {
    now += 60_000;
    assert.equal(spread.closed().restart, true, `crash ${i} a minute after the last`);
  }
  // A restart the user asks for starts the count afresh.
  policy.reset();
  assert.equal(policy.closed().restart, true);
});

test('connection errors: carry on for three, then shut down (and the close handler decides)', () => {
  const policy = new RestartPolicy();
  assert.deepEqual([1, 2, 3, 4, undefined].map((n) => policy.error(n)), ['continue', 'continue', 'continue', 'shutdown', 'shutdown']);
});

test('restarts queued from several places run one after another, never overlapping', async () => {
  const queue = new SerialQueue();
  let running = 0;
  let most = 0;
  const events: string[] = [];
  const restart = (name: string, fails = false) =>
    queue.run(async () => {
      running++;
      most = Math.max(most, running);
      events.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      events.push(`end ${name}`);
      running--;
      if (fails) throw new Error(`${name} failed`);
    });
  const all = [restart('command'), restart('languages setting', true), restart('crash message button')];
  const results = await Promise.allSettled(all);
  assert.equal(most, 1);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled'], 'a failed restart does not block the next');
  assert.deepEqual(events, ['start command', 'end command', 'start languages setting', 'end languages setting', 'start crash message button', 'end crash message button']);
});

test('the extension wires these in: error handler, serialised lifecycle, selector, server from its own folder', () => {
  assert.match(extension, /errorHandler:\s*\{[\s\S]*crashes\.error\(count\)[\s\S]*crashes\.closed\(\)/);
  for (const call of ['lifecycle.run(() => start(context))', 'return lifecycle.run(async () => {', 'await lifecycle.run(async () => {']) {
    assert.ok(extension.includes(call), call);
  }
  assert.match(extension, /return documentSelector\(languages\);/);
  assert.match(extension, /const module = context\.asAbsolutePath\('dist\/server\.js'\);/, 'the server is the extension\'s own file');
  assert.ok(!/workspaceFolders[^\n]*(module|execArgv|command)/.test(extension), 'nothing from the workspace is run');
});

test('the manifest declares workspace trust and virtual workspace support, and the client honours it', () => {
  // Untrusted workspaces: supported. The extension runs nothing from the workspace (its server is its own
  // file; a source article is only ever text), reads only the corpus inside the workspace folder (leaving
  // it takes a user-level, machine-scoped setting a workspace cannot set), and writes only what the user
  // asks for (quick fixes, the allow list). test/robustness/security/ checks the server holds to that.
  assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
  const outside = manifest.contributes.configuration.properties['factcheck.allowCorpusOutsideWorkspace'];
  assert.equal(outside.scope, 'machine');
  assert.equal(outside.default, false);
  // Virtual workspaces: not supported (the corpus is read from disk), said with a reason; the client only
  // ever asks for file and untitled documents, so a virtual document is never sent to the server.
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
  assert.match(manifest.capabilities.virtualWorkspaces.description, /disk/);
  assert.deepEqual([...SCHEMES], ['file', 'untitled']);
  assert.deepEqual(documentSelector(['markdown', 'plaintext', 'markdown']), [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
    { scheme: 'file', language: 'plaintext' },
    { scheme: 'untitled', language: 'plaintext' },
  ]);
});
