// The index saved between sessions: one file per workspace folder and corpus settings, in the storage
// folder the client gives (VS Code's per-workspace storage), so a restart reads only the sources that
// changed. The engine's snapshot is opaque here; this file wraps it with what the server itself needs
// (citation stems) and a checksum, so a damaged or foreign file is refused before the engine sees it.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { FactChecker } from '../engine';
import type { CorpusGlobs } from './corpus';
import { errorCode } from '../engine/sources/corpusFiles';

const MAGIC = Buffer.from('FACTCHECK-INDEX 1\n');
const HEADER_BYTES = 4;
/** Far above any real header (citation stems of every source): a larger value means the file is damaged. */
const MAX_HEADER_BYTES = 256 * 1024 * 1024;
/** A temporary file this old was left by a server killed while writing; no write takes that long. */
const STALE_TEMP_MS = 60 * 60 * 1000;
const SNAPSHOT = /^index-([0-9a-f]{16})-[0-9a-f]{16}\.snapshot$/;
const TEMP = /^index-[0-9a-f]{16}-[0-9a-f]{16}\.snapshot\.[0-9a-f]+\.tmp$/;

/** What the file says it holds; checked against the folder and settings it is loaded for. */
interface Header {
  folder: string;
  corpus: readonly string[];
  allowOutside: boolean;
  stems: Array<[string, string]>;
  bodyBytes: number;
  sha256: string;
}

export type Log = (message: string) => void;

/** The storage folder the client named, or undefined (other editors give none: then nothing is saved). */
export function storageFolder(value: unknown, log: Log): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value !== '' && isAbsolute(value)) return resolve(value);
  log(`Not saving the index: storagePath ${JSON.stringify(value)?.slice(0, 200)} is not an absolute path.`);
  return undefined;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The saved index of one folder under one set of corpus settings. */
export class SavedIndex {
  readonly file: string;
  private readonly folderKey: string;

  constructor(
    readonly dir: string,
    private readonly folder: string,
    private readonly globs: Pick<CorpusGlobs, 'globs' | 'allowOutside'>,
  ) {
    this.folderKey = hash(folder);
    const settingsKey = hash(JSON.stringify([globs.globs, globs.allowOutside]));
    this.file = join(dir, `index-${this.folderKey}-${settingsKey}.snapshot`);
  }

  /**
   * Restores `checker` from the saved file; returns the citation stems, or undefined when there is no
   * saved index. A file that cannot be used is deleted with one line in the log, and the checker kept.
   */
  async load(checker: FactChecker, log: Log): Promise<Map<string, string> | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') log(`Could not read the saved index ${this.file} (${messageOf(error)}); indexing from scratch.`);
      return undefined;
    }
    let problem: string;
    try {
      const stems = this.decode(bytes, checker);
      if (typeof stems !== 'string') return stems;
      problem = stems;
    } catch (error) {
      problem = messageOf(error);
    }
    log(`The saved index ${this.file} is not usable (${problem}); it is deleted and the corpus indexed from scratch.`);
    await unlink(this.file).catch(() => undefined);
    return undefined;
  }

  private decode(bytes: Buffer, checker: FactChecker): Map<string, string> | string {
    if (bytes.length < MAGIC.length + HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return 'not a saved index';
    const headerBytes = bytes.readUInt32BE(MAGIC.length);
    const bodyStart = MAGIC.length + HEADER_BYTES + headerBytes;
    if (headerBytes > MAX_HEADER_BYTES || bodyStart > bytes.length) return 'truncated';
    const header = JSON.parse(bytes.subarray(MAGIC.length + HEADER_BYTES, bodyStart).toString('utf8')) as Partial<Header>;
    const body = bytes.subarray(bodyStart);
    if (header.bodyBytes !== body.length) return 'truncated';
    if (header.folder !== this.folder || JSON.stringify([header.corpus, header.allowOutside]) !== JSON.stringify([this.globs.globs, this.globs.allowOutside])) {
      return 'saved for another folder or other corpus settings';
    }
    if (!Array.isArray(header.stems) || !header.stems.every((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string')) {
      return 'damaged';
    }
    if (createHash('sha256').update(body).digest('hex') !== header.sha256) return 'damaged (checksum)';
    if (!checker.restore(body)) return 'of another format';
    return new Map(header.stems);
  }

  /**
   * Writes the index as it is now: the snapshot is taken at once, then written to a temporary file beside
   * the saved one and renamed over it, so a reader never sees half a file. Also removes this folder's
   * files for other corpus settings and temporary files left by a server that was killed mid-write.
   */
  async save(checker: FactChecker, stems: ReadonlyMap<string, string>): Promise<void> {
    const body = checker.snapshot();
    const header: Header = {
      folder: this.folder,
      corpus: this.globs.globs,
      allowOutside: this.globs.allowOutside,
      stems: [...stems],
      bodyBytes: body.byteLength,
      sha256: createHash('sha256').update(body).digest('hex'),
    };
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(HEADER_BYTES);
    length.writeUInt32BE(json.length);
    await mkdir(this.dir, { recursive: true });
    const temp = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, [MAGIC, length, json, body], { mode: 0o600 });
      await rename(temp, this.file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await this.removeLeftovers();
  }

  /** Deletes this file (the folder's corpus settings changed, so it will not be loaded again). */
  async remove(): Promise<void> {
    await unlink(this.file).catch(() => undefined);
  }

  private async removeLeftovers(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const now = Date.now();
    for (const name of names) {
      const path = join(this.dir, name);
      if (path === this.file) continue;
      if (SNAPSHOT.exec(name)?.[1] === this.folderKey) {
        await unlink(path).catch(() => undefined);
      } else if (TEMP.test(name)) {
        const info = await stat(path).catch(() => undefined);
        if (info && now - info.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
      }
    }
  }
}

/**
 * Saves a folder's index a while after its last change, once the client has been quiet for that long and
 * no check runs: taking the snapshot blocks the server (most of a second at 10,000 articles), so it waits for a pause.
 */
export class SaveScheduler {
  private timer: NodeJS.Timeout | undefined;
  private seen = 0;

  constructor(
    private readonly save: () => Promise<void>,
    /** Counts what the client sends; the save waits until it stops changing. */
    private readonly activity: () => number,
    private readonly delayMs: number,
    private readonly busy: () => boolean = () => false,
  ) {}

  schedule(): void {
    this.seen = this.activity();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), this.delayMs);
    // A pending save must not keep a server alive that was asked to exit.
    this.timer.unref();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Saves now if a save is pending: the editor is closing, and waiting for a pause would lose the changes. */
  async flush(): Promise<void> {
    if (!this.timer) return;
    this.cancel();
    await this.save();
  }

  private fire(): void {
    this.timer = undefined;
    if (this.activity() !== this.seen || this.busy()) {
      this.schedule();
      return;
    }
    void this.save();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
