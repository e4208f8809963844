// Installs what the end-to-end tests need when it is missing, so they run on a fresh Debian machine:
// Debian's Chromium (driven by playwright-core; never `playwright install`) and code-server, which is the
// real VS Code workbench and extension host served to a browser. code-server goes into a cache folder
// outside the repository: users of the extension never need it. See /work/shared/notes/real-vscode-tests.md.
//
//   node --import tsx test/e2e/setup.ts        installs whatever is missing and prints where things are
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** The newest code-server whose engines accept Node 20; it is VS Code 1.100.3. */
export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';
export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = join(__dirname, '..', '..');
/** Git-ignored: bundled suite, logs, failure screenshots. */
export const ARTIFACTS = join(ROOT, 'test', 'e2e', '.artifacts');

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'draft-fact-check', `code-server-${CODE_SERVER_VERSION}`);
}

/** code-server's entry point inside the cache folder; run it with this Node. */
export function codeServerEntry(): string {
  return join(cacheDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

// @vscode/ripgrep's postinstall downloads rg from GitHub; it looks in this cache first.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_BINARY_VERSION = 'v13.0.0-10';

function log(message: string): void {
  process.stderr.write(`[e2e setup] ${message}\n`);
}

function dpkgInstalled(pkg: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function which(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() || undefined : undefined;
}

/** apt-get install of the missing ones (as root, or through sudo). */
export function ensureDebianPackages(packages: string[]): void {
  const missing = packages.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return;
  if (!which('apt-get')) {
    throw new Error(`the end-to-end tests need these Debian packages, and apt-get is not available: ${missing.join(' ')}`);
  }
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => {
    const [command, ...rest] = [...sudo, ...args];
    execFileSync(command!, rest, { stdio: ['ignore', 'inherit', 'inherit'], env });
  };
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
}

export function ensureChromium(): string {
  if (!existsSync(CHROMIUM)) ensureDebianPackages(['chromium']);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing after installing Debian's chromium`);
  return CHROMIUM;
}

function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Installs code-server into the cache folder when it is not there yet; returns its entry point. */
export function ensureCodeServer(): string {
  const entry = codeServerEntry();
  if (existsSync(entry) && existsSync(join(cacheDir(), '.complete'))) return entry;

  // Its native modules build from source (kerberos, node-pty) and its ripgrep comes from the cache below.
  ensureDebianPackages(['libkrb5-dev', 'ripgrep', 'g++', 'make', 'python3']);
  const started = Date.now();
  const dir = cacheDir();
  // Installed next to the final folder and renamed when complete: an interrupted install is never used.
  const partial = `${dir}.partial-${process.pid}`;
  mkdirSync(dirname(dir), { recursive: true });
  for (const name of readdirSync(dirname(dir))) {
    // Left by an install that was interrupted (its process is gone; a running one would still be there).
    const pid = Number(/\.partial-(\d+)$/.exec(name)?.[1]);
    if (name.startsWith(`${basename(dir)}.partial-`) && !processIsAlive(pid)) rmSync(join(dirname(dir), name), { recursive: true, force: true });
  }
  const tmp = join(partial, '.tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(partial, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));

  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is missing');
  const arch = process.arch === 'arm64' ? 'aarch64' : 'x86_64';
  const ripgrepCache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(ripgrepCache, { recursive: true });
  execFileSync('tar', ['-czf', join(ripgrepCache, `ripgrep-${RIPGREP_BINARY_VERSION}-${arch}-unknown-linux-musl.tar.gz`), '-C', dirname(rg), 'rg']);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true', // running as root
    npm_config_yes: 'true', // node-pty's postinstall calls npx
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // npm 11 skips dependencies' install scripts unless allowed; code-server's own postinstall runs
    // `npm install` in its bundled VS Code, whose native modules must build. Older npm ignores this.
    npm_config_dangerously_allow_all_scripts: 'true',
  };
  if (existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr'; // headers from the nodejs deb
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (about a minute, 300 MB)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: partial,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.status}); the partial install is in ${partial}`);
  }
  const partialEntry = join(partial, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  // HOME and XDG_CONFIG_HOME point into the install: code-server writes a default config on any start.
  const scratch = { HOME: tmp, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp, TMPDIR: tmp };
  const version = execFileSync(process.execPath, [partialEntry, '--version'], { encoding: 'utf8', env: { ...process.env, ...scratch } });
  if (!version.split('\n').some((line) => line.startsWith(`${CODE_SERVER_VERSION} `))) throw new Error(`code-server --version says ${version}`);
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(join(partial, '.complete'), `${new Date().toISOString()}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  log(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return entry;
}

if (require.main === module) {
  try {
    const chromium = ensureChromium();
    const entry = ensureCodeServer();
    console.log(`chromium: ${chromium}\ncode-server: ${entry}`);
  } catch (error) {
    console.error(`[e2e setup] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
