// The language server as an editor sees it, for one corpus size: start (dist/server.js over stdio, the
// workspace holding the corpus at corpus/) until the first diagnostics of the 3,000-word draft, then
// hover latency on claims; then a second start with the index the first one saved, until its first
// diagnostics. Reuses the protocol tests' LSP client (test/server/harness.ts).
//
//   node --import tsx bench/server-child.ts --dir <size folder> [--hovers 20] [--wait-ms 1200000]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogMessageParams, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspSession } from '../test/server/harness';
import { emit, emitSamples, parseArgs, round } from './stats';

const args = parseArgs(process.argv.slice(2));
const dir = args.get('dir');
if (!dir) throw new Error('--dir <size folder> is required');
const hovers = Number(args.get('hovers') ?? 20);
const waitMs = Number(args.get('wait-ms') ?? 1_200_000);

/** Resident memory of a process, from /proc (Linux); undefined elsewhere. */
function rssMbOf(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return kb ? round(Number(kb[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

const logLines = (session: LspSession) => session.notificationsOf<LogMessageParams>('window/logMessage').map((m) => m.message);

async function main(): Promise<void> {
  const draftPath = join(dir!, 'draft-3000.md');
  const text = readFileSync(draftPath, 'utf8');
  // The extension's storage folder, as VS Code would give it; outside the workspace so it is no source.
  const storage = mkdtempSync(join(tmpdir(), 'factcheck-bench-storage-'));
  const initializationOptions = { storagePath: storage };
  try {
    await firstStart(draftPath, text, initializationOptions);
    await restart(draftPath, text, initializationOptions);
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

async function firstStart(draftPath: string, text: string, initializationOptions: { storagePath: string }): Promise<void> {
  const started = performance.now();
  const session = await LspSession.start({ workspace: dir!, initializationOptions });
  try {
    emit('server.initializeMs', round(performance.now() - started));
    // Time-stamp each publishDiagnostics as it arrives (the harness only records them).
    let arrivedAt = 0;
    const record = session.diagnostics.push.bind(session.diagnostics);
    session.diagnostics.push = (...items: PublishDiagnosticsParams[]) => {
      arrivedAt = performance.now();
      return record(...items);
    };
    const uri = await session.open(draftPath, text);
    const published = await session.waitForDiagnostics(uri, () => true, waitMs);
    emit('server.firstDiagnosticsMs', round(arrivedAt - started));
    emit('server.diagnostics', published.diagnostics.length);
    // The harness keeps its server process private; its pid is only read for /proc.
    const pid = (session as unknown as { child: { pid?: number } }).child.pid;
    const rss = rssMbOf(pid);
    if (rss !== undefined) emit('server.rss', rss);

    const targets = published.diagnostics;
    if (targets.length === 0) {
      emit('server.hover.status', 'no diagnostics to hover');
      return;
    }
    const samples: number[] = [];
    let empty = 0;
    for (let i = 0; i < hovers; i++) {
      const range = targets[Math.floor((i * targets.length) / hovers)]!.range;
      const t = performance.now();
      const hover = await session.hover(uri, range.start.line, range.start.character + 1);
      samples.push(performance.now() - t);
      if (!hover) empty++;
    }
    emitSamples('server.hover', samples);
    emit('server.hover.empty', empty);
  } finally {
    // The index is saved a pause after the last request: the restart below needs it on disk.
    await session.waitFor('the saved index', waitMs, () => logLines(session).find((line) => line.startsWith('Saved the index'))).catch(() => undefined);
    await session.stop();
  }
}

/** A second server start with the index the first saved, until the draft's first diagnostics. */
async function restart(draftPath: string, text: string, initializationOptions: { storagePath: string }): Promise<void> {
  const started = performance.now();
  const session = await LspSession.start({ workspace: dir!, initializationOptions });
  try {
    const uri = await session.open(draftPath, text);
    await session.waitForDiagnostics(uri, () => true, waitMs);
    emit('server.restartFirstDiagnosticsMs', round(performance.now() - started));
    const indexed = logLines(session).find((line) => line.startsWith('Indexed '));
    if (indexed) emit('server.restartIndexed', indexed);
  } finally {
    await session.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    emit('error', error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
