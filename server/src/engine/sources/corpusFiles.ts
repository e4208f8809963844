// Finds the corpus files under the configured roots and feeds their bytes to the checker.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SkippedSource } from '../types';
import { DEFAULT_MAX_SOURCE_BYTES, sizeLimitReason } from './readSource';

export interface CorpusIndexReport {
  /** How many files the checker took. */
  indexed: number;
  /** Files not indexed and why; paths are display paths. */
  skipped: SkippedSource[];
  /** Absolute paths of the files the checker took, in indexing order. */
  files: string[];
}

export interface IndexCorpusOptions {
  /** Display paths are relative to this folder when the file lies inside it (default: process.cwd()). */
  displayBase?: string;
  onProgress?: (done: number, total: number) => void;
  /** Files larger than this are skipped without being read (default 20 MB). */
  maxSourceBytes?: number;
}

export interface SourceSink {
  updateSource(path: string, bytes: Uint8Array, displayPath?: string, fingerprint?: string): SkippedSource | undefined;
  /** The fingerprint a source was indexed with: an unchanged file is not read again. */
  sourceFingerprint?(path: string): string | undefined;
}

const SOURCE_EXTENSIONS = ['.txt', '.md'];
// Enough to overlap disk latency, few enough that thousands of files never exhaust file descriptors.
const CONCURRENT_READS = 16;

/**
 * Absolute paths of the corpus files under `roots`, sorted within each folder so indexing is
 * deterministic. A folder is walked for .txt and .md files (skipping node_modules and dot-entries);
 * a file root is taken whatever its extension. Throws `corpus not found: <root>` for a missing root.
 */
export async function listCorpusFiles(roots: string[]): Promise<{ files: string[]; skipped: SkippedSource[] }> {
  const files: string[] = [];
  const skipped: SkippedSource[] = [];
  const seenFiles = new Set<string>();
  const visitedDirs = new Set<string>();
  const addFile = (path: string) => {
    if (!seenFiles.has(path)) {
      seenFiles.add(path);
      files.push(path);
    }
  };

  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      // A symlink cycle would otherwise make the walk endless: each folder is entered once by real path.
      const real = await realpath(dir);
      if (visitedDirs.has(real)) return;
      visitedDirs.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: dir, reason: readFailure(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (isSourceName(entry.name)) skipped.push({ path, reason: readFailure(error) });
          continue;
        }
      }
      if (isDir) await walk(path);
      else if (isFile && isSourceName(entry.name)) addFile(path);
    }
  }

  for (const root of roots) {
    const path = resolve(root);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw new Error(`corpus not found: ${root}`);
      skipped.push({ path, reason: readFailure(error) });
      continue;
    }
    if (info.isDirectory()) await walk(path);
    else addFile(path);
  }
  return { files, skipped };
}

/**
 * Lists the corpus and hands each file's bytes to `checker.updateSource`, in listing order (so sentence
 * ids are stable run to run) while up to CONCURRENT_READS files are read ahead.
 */
export async function indexCorpus(
  checker: SourceSink,
  roots: string[],
  options: IndexCorpusOptions = {},
): Promise<CorpusIndexReport> {
  const base = resolve(options.displayBase ?? process.cwd());
  const maxBytes = options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES;
  const listing = await listCorpusFiles(roots);
  const skipped: SkippedSource[] = listing.skipped.map((s) => ({ ...s, path: displayPathOf(s.path, base) }));
  const files: string[] = [];
  const total = listing.files.length;

  await readInOrder(
    listing.files,
    CONCURRENT_READS,
    (path, outcome, i) => {
      const displayPath = displayPathOf(path, base);
      if ('reason' in outcome) {
        skipped.push({ path: displayPath, reason: outcome.reason });
      } else if ('unchanged' in outcome) {
        files.push(path);
      } else {
        let skip: SkippedSource | undefined;
        try {
          skip = checker.updateSource(path, outcome.bytes, displayPath, outcome.fingerprint);
        } catch (error) {
          // One article the engine chokes on must not cost the user the rest of the corpus.
          skip = { path, reason: `could not be indexed (${error instanceof Error ? error.message : String(error)})` };
        }
        if (skip) skipped.push(skip.path === path ? { ...skip, path: displayPath } : skip);
        else files.push(path);
      }
      options.onProgress?.(i + 1, total);
    },
    { maxBytes, known: (path) => checker.sourceFingerprint?.(path) },
  );
  return { indexed: files.length, skipped, files };
}

/** A file's bytes and fingerprint, `unchanged` when its fingerprint is the one already indexed, or why not read. */
export type SourceRead = { bytes: Uint8Array; fingerprint: string } | { unchanged: true } | { reason: string; missing?: true };

/** Size and modification time: what tells a restarted index that a file is as it was. */
export function fingerprintOf(info: { size: number; mtimeMs: number }): string {
  return `${info.size}:${Math.trunc(info.mtimeMs)}`;
}

/** Reads a source; when `known` (the fingerprint it was indexed with) still matches, only stats it. */
export async function readSourceFile(path: string, maxBytes = DEFAULT_MAX_SOURCE_BYTES, known?: string): Promise<SourceRead> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { reason: 'not a regular file' };
    // Checked before reading so a huge dump in the corpus folder costs a stat, not its size in memory.
    if (info.size > maxBytes) return { reason: sizeLimitReason(maxBytes) };
    // Taken before the read: a write during it leaves a fingerprint older than the bytes, so the next
    // start reads the file again rather than trust a stale copy.
    const fingerprint = fingerprintOf(info);
    if (known !== undefined && known === fingerprint) return { unchanged: true };
    return { bytes: await readFile(path), fingerprint };
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { reason: readFailure(error), missing: true } : { reason: readFailure(error) };
  }
}

export interface ReadInOrderOptions {
  /** Files larger than this are not read (default 20 MB). */
  maxBytes?: number;
  /** The fingerprint a file is already indexed with, so an unchanged one is not read. */
  known?: (path: string) => string | undefined;
  /** Checked before each file: when it returns true, nothing more is read or handed over. */
  isStopped?: () => boolean;
  /** Yield to the event loop between files, so a server answers requests while it reads. */
  yieldBetween?: boolean;
}

/**
 * Reads files `concurrency` at a time but hands them to `consume` in list order, so the index (and its
 * sentence ids) is the same run to run however fast each read is.
 */
export async function readInOrder(
  files: readonly string[],
  concurrency: number,
  consume: (path: string, read: SourceRead, index: number) => void,
  options: ReadInOrderOptions = {},
): Promise<void> {
  const { maxBytes = DEFAULT_MAX_SOURCE_BYTES, known = () => undefined, isStopped = () => false } = options;
  const pending = new Map<number, Promise<SourceRead>>();
  let next = 0;
  for (let i = 0; i < files.length; i++) {
    if (isStopped()) return;
    while (next < files.length && pending.size < concurrency) {
      pending.set(next, readSourceFile(files[next]!, maxBytes, known(files[next]!)));
      next++;
    }
    const read = await pending.get(i)!;
    pending.delete(i);
    if (isStopped()) return;
    consume(files[i]!, read, i);
    if (options.yieldBetween) await new Promise<void>((done) => setImmediate(done));
  }
}

/** Relative to `base` with forward slashes when inside it, else absolute. */
export function displayPathOf(path: string, base: string): string {
  const rel = relative(base, path);
  if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}

function isSourceName(name: string): boolean {
  const lower = name.toLowerCase();
  return SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The `code` of a Node.js system error (ENOENT, EACCES, ...). */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Why a file or folder could not be read, in the words the skipped-file messages use. */
export function readFailure(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'file not found (deleted or a broken link)';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return `cannot read (${errorCode(error) ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
