// Starts code-server (the real VS Code workbench and extension host, served to a browser) on a free
// 127.0.0.1 port with every folder it writes to inside one scratch folder, builds workbench URLs that
// load our extension in development mode, and opens them in Debian's Chromium through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, ensureCodeServer } from './setup';

export interface CodeServer {
  /** http://127.0.0.1:PORT */
  base: string;
  /** 127.0.0.1:PORT, the authority of vscode-remote URIs. */
  authority: string;
  userDataDir: string;
  logFile: string;
  /** Settles when code-server exits, whatever the reason. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and the same from run to run. */
export const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
};

/** Running code-servers' process groups and the scratch folders in use: on exit, the groups are ended
 *  and the folders removed, so a launcher stopped half-way leaves nothing behind. */
const running = new Set<number>();
const scratchDirs = new Set<string>();
let exitHookInstalled = false;

function killRunningNow(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** A scratch folder to remove when the process exits, should the launcher be stopped half-way. */
export function removeOnExit(dir: string): string {
  scratchDirs.add(dir);
  return dir;
}

/** For the launchers: Ctrl+C (or a CI timeout's SIGTERM) exits, and exiting ends the code-servers. */
export function exitOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`[e2e] ${signal}: stopping`);
      process.exit(130);
    });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startCodeServer(options: {
  scratch: string;
  folder: string;
  userSettings?: Record<string, unknown>;
  port?: number;
}): Promise<CodeServer> {
  const entry = ensureCodeServer();
  const dir = (name: string) => {
    const path = join(options.scratch, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const home = dir('home');
  const userDataDir = dir('user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_USER_SETTINGS, ...options.userSettings }, null, 2));
  const port = options.port ?? (await freePort());
  const authority = `127.0.0.1:${port}`;
  const logFile = join(options.scratch, 'code-server.log');
  const log = openSync(logFile, 'a');
  // HOME, XDG_* and TMPDIR in the scratch folder: code-server writes its config and state under them.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: dir('config'),
    XDG_DATA_HOME: dir('data'),
    XDG_CACHE_HOME: dir('cache'),
    XDG_STATE_HOME: dir('state'),
    TMPDIR: dir('tmp'),
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  const args = [
    entry,
    '--bind-addr', authority,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', dir('extensions'),
    options.folder,
  ];
  // Its own process group, so stop() ends it and everything it started (extension host, pty host, watcher).
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  if (child.pid !== undefined) running.add(child.pid);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', killRunningNow);
  }
  child.once('exit', () => child.pid !== undefined && running.delete(child.pid));
  let exited: { code: number | null; signal: string | null } | undefined;
  const exit = new Promise<void>((resolve) => child.once('exit', (code, signal) => ((exited = { code, signal }), resolve())));

  const server: CodeServer = { base: `http://${authority}`, authority, userDataDir, logFile, exited: exit, stop: () => stopGroup(child, exit) };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before answering:\n${tail(logFile, 40)}`);
    const healthy = await fetch(`${server.base}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer on ${server.base}/healthz within 60 s:\n${tail(logFile, 40)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopGroup(child: ChildProcess, exit: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  kill('SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
  if ((await Promise.race([exit, timer])) === 'timeout') {
    kill('SIGKILL');
    await exit;
  }
}

/** A vscode-remote URI for a path on the code-server machine (how the workbench names remote files). */
export function remoteUri(server: CodeServer, path: string): string {
  return `vscode-remote://${server.authority}${pathToFileURL(path).pathname}`;
}

/**
 * The workbench URL for `folder`, with our extension loaded from `extensionDevelopmentPath` and, for
 * tests, the module whose `run()` VS Code calls (`extensionTestsPath`), as test-electron passes them.
 */
export function workbenchUrl(
  server: CodeServer,
  folder: string,
  dev: { extensionDevelopmentPath: string; extensionTestsPath?: string; openFile?: string },
): string {
  const payload: Array<[string, string]> = [['extensionDevelopmentPath', remoteUri(server, dev.extensionDevelopmentPath)]];
  if (dev.extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(server, dev.extensionTestsPath)]);
  if (dev.openFile) payload.push(['openFile', remoteUri(server, dev.openFile)]);
  return `${server.base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Headless Chromium with a fresh profile in `dir` (its temporary files go there too). */
export async function openBrowser(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    env: { ...process.env, TMPDIR: tmp },
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** The last `lines` lines of a text file ('' when it does not exist). */
export function tail(path: string, lines: number): string {
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8').split('\n').slice(-lines - 1).join('\n');
}

/** Log files under `dir` whose names match, newest first (VS Code keeps its logs in dated folders). */
export function findLogs(dir: string, name: RegExp): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (name.test(entry.name)) found.push(path);
    }
  };
  walk(dir);
  return found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/** Prints the tails of code-server's own log, the extension host's and the Fact Check output channel. */
export function printLogTails(server: CodeServer, lines = 60): void {
  const logs = [server.logFile, ...findLogs(join(server.userDataDir, 'logs'), /^(remoteexthost|exthost)\.log$|Fact Check\.log$/)];
  for (const path of logs) {
    const text = tail(path, lines);
    if (text.trim()) console.error(`\n----- last ${lines} lines of ${path} -----\n${text}`);
  }
}
