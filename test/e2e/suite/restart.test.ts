// The language server's life in a real extension host: the process vscode-languageclient forks from
// dist/server.js is killed from outside (as the OOM killer or a crash would), and the client restarts it up
// to RestartPolicy's bound, then stops; "Fact Check: Restart Server" brings it back, one server at a time.
//
// The server processes are found in /proc (or with `ps` where there is none): processes running this
// extension's dist/server.js with `--clientProcessId=<this extension host's pid>`, which vscode-languageclient
// appends when it forks the server over IPC (`before` checks that such a process is a child of this
// extension host). Servers of another VS Code on the machine are never counted. Each check that follows a
// kill or a restart is of a figure written after it, so no assertion can pass on a dead server's diagnostics.
//
// This file sorts after extension.test.ts and so runs last; still, every test leaves one working server
// behind (`afterEach`).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { FactCheckApi } from '../../../client/src/extension';
import { RestartPolicy } from '../../../client/src/serverPolicy';
import { EXTENSION_ID, factCheck, fileIn, holdsFor, hoverText, openDraft, ours, rangeOf, sameSummary, summary, waitFor } from './helpers';

const RESTART_COMMAND = 'factcheck.restartServer';
const DRAFT = 'restart.md';
/** Any figure but 700 is contradicted by corpus/001 line 17 (checked with the CLI). */
const draftText = (troops: number) => `NATO said it would send ${troops} more troops to Kosovo to boost its 4,000-strong mission.\n`;
/** Long enough for a restart to show: the client forks the new server as soon as it has seen the old one close. */
const NO_RESTART_WINDOW_MS = 3_000;

let api: FactCheckApi;
let serverModule: string;
let draft: vscode.TextDocument;

interface ServerProcess {
  pid: number;
  ppid: number;
  args: string;
}

/**
 * Every live process running this extension's dist/server.js. Linux: read from /proc (no child process,
 * so it can be polled tightly); elsewhere `ps`. Zombies are left out: they are dead, only not yet reaped.
 */
function allServers(): ServerProcess[] {
  return existsSync('/proc/self/cmdline') ? fromProc() : fromPs();
}

function fromProc(): ServerProcess[] {
  const found: ServerProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (!argv.includes(serverModule)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      found.push({ pid: Number(entry), ppid: Number(ppid), args: argv.join(' ').trim() });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

function fromPs(): ServerProcess[] {
  const out = execFileSync('ps', ['-ww', '-eo', 'pid=,ppid=,stat=,args='], { encoding: 'utf8' });
  const found: ServerProcess[] = [];
  for (const line of out.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (!match || match[3]!.startsWith('Z') || !match[4]!.includes(serverModule)) continue;
    found.push({ pid: Number(match[1]), ppid: Number(match[2]), args: match[4]! });
  }
  return found;
}

/** This extension host's language servers, by the marker vscode-languageclient puts on their command line. */
function servers(): number[] {
  const marker = new RegExp(`(^|\\s)--clientProcessId=${process.pid}(\\s|$)`);
  return allServers()
    .filter((p) => marker.test(p.args))
    .map((p) => p.pid)
    .sort((a, b) => a - b);
}

/** Waits until exactly one server runs and it is not one of `old`; returns its pid. */
async function oneNewServer(what: string, old: number[], timeoutMs = 20_000): Promise<number> {
  let seen: number[] = [];
  return waitFor(
    what,
    () => {
      seen = servers();
      return seen.length === 1 && !old.includes(seen[0]!) && seen[0]!;
    },
    { timeoutMs, describe: () => ({ servers: seen, old }) },
  );
}

/** Kills `pid` as a crash would (no shutdown, no exit notification) and waits until it is gone. */
async function kill(pid: number): Promise<void> {
  process.kill(pid, 'SIGKILL');
  await waitFor(`server ${pid} to die`, () => !servers().includes(pid), { timeoutMs: 5_000, describe: servers });
}

/** Rewrites the draft with `troops` and saves it (factcheck.run is onSave in the fixture). */
async function writeDraft(troops: number): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(draft.uri, new vscode.Range(draft.positionAt(0), draft.positionAt(draft.getText().length)), draftText(troops));
  assert.equal(await vscode.workspace.applyEdit(edit), true);
  assert.equal(await draft.save(), true);
}

/** Waits for the one diagnostic a server checking the draft as it is now must give: `troops` contradicted. */
async function contradicted(troops: number): Promise<void> {
  await waitFor(`the draft's ${troops} to be reported contradicted`, () => sameSummary(draft, [['contradicted-number', String(troops), 'Error']]), {
    describe: () => summary(draft),
  });
}

async function factCheckHovers(): Promise<string[]> {
  const at = rangeOf(draft, '4,000').start.translate(0, 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, at);
  return (hovers ?? []).map(hoverText).filter((text) => text.includes('Fact Check'));
}

async function restartCommand(): Promise<void> {
  await vscode.commands.executeCommand(RESTART_COMMAND);
}

describe('Draft Fact Check: the language server process', () => {
  const policy = new RestartPolicy();

  before(async () => {
    api = await factCheck();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const manifest = extension.packageJSON as { contributes: { commands: Array<{ command: string }> } };
    assert.ok(
      manifest.contributes.commands.some((c) => c.command === RESTART_COMMAND),
      `${RESTART_COMMAND} is a command of the manifest`,
    );
    assert.ok((await vscode.commands.getCommands(true)).includes(RESTART_COMMAND), `${RESTART_COMMAND} is registered once active`);
    serverModule = join(extension.extensionPath, 'dist', 'server.js');
    await waitFor('the corpus to be indexed', () => !api.status().indexing && api.status().sources === 5, {
      timeoutMs: 60_000,
      describe: () => api.status(),
    });
    // The marker is the right one: the one server it finds is a child of this extension host.
    const pid = await oneNewServer('the language server', []);
    const server = allServers().find((p) => p.pid === pid)!;
    assert.equal(server.ppid, process.pid, `the server is forked by this extension host: ${JSON.stringify(server)}`);
    assert.ok(server.args.includes('--node-ipc'), `over IPC: ${server.args}`);

    writeFileSync(fileIn(DRAFT).fsPath, draftText(600));
    draft = (await openDraft(DRAFT)).document;
    await contradicted(600);
  });

  afterEach(async () => {
    // Whatever a test did or where it failed: one server running (a restart also resets the crash count).
    if (servers().length !== 1) await restartCommand();
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('1. a killed server is restarted: exactly one new process, and the draft is checked again', async () => {
    const [old] = await waitFor('one server', () => servers().length === 1 && servers());
    const killedAt = Date.now();
    await kill(old!);
    const fresh = await oneNewServer('the client to start a new server', [old!]);
    const restartMs = Date.now() - killedAt;
    // The restart clears the dead server's diagnostics; an edit made after the kill must be the one reported.
    await writeDraft(601);
    await contradicted(601);
    assert.deepEqual(servers(), [fresh], 'still exactly the one new server');
    assert.equal((await factCheckHovers()).length, 1, 'the new server answers hovers');
    console.log(`      (new server ${restartMs} ms after the kill)`);
  });

  it(`2. past ${policy.maxRestarts} crashes in ${policy.windowMs / 60_000} minutes the client stops; "Restart Server" brings one back`, async function () {
    this.timeout(120_000);
    const startedAt = Date.now();
    // Count from zero whatever ran before: a restart asked for resets RestartPolicy's count.
    const before = servers();
    await restartCommand();
    let current = await oneNewServer('the server started by the restart command', before);
    let troops = 610;
    await writeDraft(troops);
    await contradicted(troops);

    // Crashes 1..maxRestarts: each one restarted, each new server checks the draft as edited after the kill.
    for (let crash = 1; crash <= policy.maxRestarts; crash++) {
      await kill(current);
      current = await oneNewServer(`the restart after crash ${crash} of ${policy.maxRestarts}`, [current]);
      await writeDraft(++troops);
      await contradicted(troops);
    }

    // One crash more: the client gives up. Its diagnostics go with it, and no server comes back. The API
    // (`status()`) does not tell a stopped client, so stopped is what a writer sees: no hover from Fact
    // Check, and a draft saved with a wrong figure stays without diagnostics while no server runs.
    await kill(current);
    await waitFor("the stopped client's diagnostics to be cleared", () => ours(draft.uri).length === 0, { describe: () => summary(draft) });
    await waitFor('the status item to say stopped, without the last counts', () => api.status().stopped && Object.keys(api.status().counts).length === 0, {
      describe: () => api.status(),
    });
    await writeDraft(++troops);
    assert.deepEqual(await factCheckHovers(), [], 'no Fact Check hover while stopped');
    await holdsFor(
      `no server and no check for ${NO_RESTART_WINDOW_MS} ms after crash ${policy.maxRestarts + 1}`,
      NO_RESTART_WINDOW_MS,
      () => servers().length === 0 && ours(draft.uri).length === 0,
      () => ({ servers: servers(), diagnostics: summary(draft) }),
    );
    assert.ok(Date.now() - startedAt < policy.windowMs, 'all the crashes fell within the policy window');

    await restartCommand();
    const back = await oneNewServer('the server the restart command starts', [current]);
    await contradicted(troops);
    assert.equal(api.status().stopped, false, 'the status item no longer says stopped');
    assert.deepEqual(servers(), [back], 'exactly one server after the restart command');
    assert.equal((await factCheckHovers()).length, 1, 'hovers answered again');

    // The command started the count afresh: a crash now is restarted again.
    await kill(back);
    const again = await oneNewServer('the restart of a crash after the restart command', [back]);
    await writeDraft(++troops);
    await contradicted(troops);
    assert.deepEqual(servers(), [again]);
  });

  it('3. "Restart Server" three times at once leaves exactly one server', async () => {
    const before = servers();
    assert.equal(before.length, 1, `one server to begin with: ${JSON.stringify(before)}`);
    let most = 0;
    const sample = setInterval(() => (most = Math.max(most, servers().length)), 50);
    try {
      await Promise.all([restartCommand(), restartCommand(), restartCommand()]);
      const after = await oneNewServer('exactly one server after three restarts', before);
      await writeDraft(630);
      await contradicted(630);
      assert.deepEqual(servers(), [after], 'still exactly one server once the draft is checked');
      assert.equal((await factCheckHovers()).length, 1, 'one Fact Check hover: a single client answers');
    } finally {
      clearInterval(sample);
    }
    // And the command is still in charge of that one client: no client was left behind, unowned, to hold
    // the server's commands and make the next one fail to start.
    const was = servers();
    await restartCommand();
    const next = await oneNewServer('the server of one more restart, alone', was, 10_000);
    await writeDraft(631);
    await contradicted(631);
    assert.deepEqual(servers(), [next], 'exactly one server after one more restart');
    console.log(`      (at most ${most} server process(es) seen at once during the restarts)`);
  });

  it('4. "Restart Server" while the client is restarting a killed server leaves exactly one server, and the next restart too', async function () {
    this.timeout(120_000);
    // Two clients starting at once race: which one initializes first varies, so the race is run a few times.
    for (let round = 1, troops = 640; round <= 3; round++) {
      const [old] = await waitFor('one server', () => servers().length === 1 && servers());
      process.kill(old!, 'SIGKILL');
      // The client forks the new server at once and is "starting" until it answers initialize: ask for a
      // restart in between, as a person clicking "Restart Server" right after a crash would. (Polled as
      // tightly as /proc allows; with `ps` the restart may come too late to meet a starting client.)
      const deadline = Date.now() + 10_000;
      let crashRestart: number | undefined;
      while (crashRestart === undefined) {
        crashRestart = servers().find((pid) => pid !== old);
        assert.ok(crashRestart !== undefined || Date.now() < deadline, `round ${round}: no restart after the kill: ${JSON.stringify(servers())}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await restartCommand();
      const fresh = await oneNewServer(`round ${round}: the server of the restart command, alone`, [old!, crashRestart]);
      await writeDraft(++troops);
      await contradicted(troops);
      assert.equal((await factCheckHovers()).length, 1, `round ${round}: one Fact Check hover, a single client answers`);

      // The restart command is still in charge: one more restart replaces that server with exactly one.
      await restartCommand();
      const next = await oneNewServer(`round ${round}: the server of the next restart, alone`, [fresh], 10_000);
      await writeDraft(++troops);
      await contradicted(troops);
      assert.equal((await factCheckHovers()).length, 1, `round ${round}: one Fact Check hover after the next restart`);
      assert.deepEqual(servers(), [next], `round ${round}: still exactly one server`);
    }
  });
});
