// Shared by the CLI tests: builds dist/cli.js when it is missing or older than the sources, runs it
// as a user would (node dist/cli.js ...), and maps LSP ranges back onto the draft text.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function isFresh(): boolean {
  try {
    return statSync(CLI).mtimeMs >= Math.max(newestMtime(join(ROOT, 'server', 'src')), newestMtime(join(ROOT, 'esbuild.mjs')));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds once per change; a lock folder keeps test files running side by side from building at once. */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = join(ROOT, 'dist', '.cli-test-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      sleep(100);
    }
  }
  try {
    if (isFresh()) return;
    const built = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder with a copy of the repo's corpus/ in it, so the default ./corpus applies. */
export function workspace(withCorpus = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-cli-'));
  if (withCorpus) cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
  return dir;
}

export function write(dir: string, name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

export function removeAll(dirs: string[]): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Offsets where each line starts; \r\n, \n and a lone \r end a line, as in LSP. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  return starts;
}

/** The draft text an LSP range covers (UTF-16 characters). */
export function sliceRange(text: string, range: LspRange): string {
  const starts = lineStarts(text);
  return text.slice(starts[range.start.line]! + range.start.character, starts[range.end.line]! + range.end.character);
}

/** The text at SARIF's 1-based, end-exclusive line/column region. */
export function sliceRegion(text: string, r: { startLine: number; startColumn: number; endLine: number; endColumn: number }): string {
  return sliceRange(text, { start: { line: r.startLine - 1, character: r.startColumn - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } });
}

/** The draft the tests share: each claim's verdict is known from the corpus. */
export const DRAFT = [
  'NATO said it would send 600 more troops to Kosovo.',
  '',
  'Only 3.47% of eligible voters cast ballots.',
  '',
  'Only 4.7% of voters cast ballots.',
  '',
  'Igor Simich of the Serbian List spoke to reporters.',
  '',
  'French President Olaf Scholz spoke at the summit.',
  '',
  'Boris Johnson visited Pristina.',
  '',
].join('\n');

// Loose JSON shapes the CLI prints; the tests check every key themselves.
export interface JsonClaim {
  kind: string;
  text: string;
  range: LspRange;
  verdict: string;
  suggestion?: string;
  evidence: Array<{ source: string; line: number; sentence: string; value?: string }>;
}
export interface JsonReport {
  files: Array<{ path: string; claims: JsonClaim[] }>;
  summary: { claims: number; supported: number; unsupported: number; contradicted: number };
}

export function claimsOf(report: JsonReport, text: string): JsonClaim[] {
  return report.files.flatMap((f) => f.claims).filter((c) => c.text === text);
}
