// One workspace folder's corpus: its FactChecker, its allowed names and its indexing state. A full
// re-index builds a new checker and swaps it in when done, so drafts keep being checked meanwhile. With a
// storage folder, the index is saved after it changes and a re-index starts from the saved one.
import { stat } from 'node:fs/promises';
import { FactChecker } from '../engine';
import { labelStem } from './citations';
import { CorpusGlobs, listCorpus, OUTSIDE_REASON } from './corpus';
import { readInOrder, readSourceFile, type SourceRead } from '../engine/sources/corpusFiles';
import { loadAllowedNames } from './allowFile';
import { SavedIndex, SaveScheduler } from './savedIndex';

const CONCURRENT_READS = 8;
const STEM_HEAD_BYTES = 4096;
/** Saves wait this long after the last change, so a burst of changes on disk is saved once. */
const SAVE_DELAY_MS = 2000;

export interface IndexHooks {
  onProgress?: (done: number, total: number) => void;
  log: (message: string) => void;
}

export interface IndexReport {
  indexed: number;
  /** Of those indexed, how many came from the saved index unread (their size and time unchanged). */
  reused: number;
  /** Whether a saved index was loaded. */
  restored: boolean;
  skipped: number;
  /** False when a newer re-index superseded this one before it finished. */
  completed: boolean;
}

export type FileChange = 'updated' | 'removed' | 'skipped' | 'unrelated';

/** Where and when to save the index (absent: never saved, never loaded). */
export interface Persistence {
  /** The storage folder the client gave; nothing is written outside it. */
  dir: string;
  /** Counts what the client sends, so a save waits for a pause. */
  activity: () => number;
  /** Whether a check runs now (a save waits for it). */
  busy?: () => boolean;
  log: (message: string) => void;
  /** How long a save waits after the last change (tests shorten it). */
  saveDelayMs?: number;
}

export class FolderIndex {
  checker = new FactChecker();
  globs: CorpusGlobs;
  allowedNames: string[] = [];
  /** Footnote label stems by source path, worked out once per file while indexing. */
  readonly stems = new Map<string, string>();
  indexing = false;
  /** The first full index is done: checks and hovers may use the checker. */
  ready = false;
  private generation = 0;
  private resolveFirstIndex!: () => void;
  private readonly firstIndex = new Promise<void>((resolve) => (this.resolveFirstIndex = resolve));
  /** Sources changed on disk while a full re-index runs: re-read after the swap so none is lost. */
  private changedDuringIndex = new Set<string>();
  private updates: Promise<unknown> = Promise.resolve();
  private persistence: Persistence | undefined;
  /** The saved file for the settings the live checker was built with. */
  private saved: SavedIndex | undefined;
  private saver: SaveScheduler | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    readonly uri: string,
    readonly path: string,
    readonly name: string,
    globs: readonly string[],
  ) {
    this.globs = new CorpusGlobs(path, globs);
  }

  /** Settles once the first full index is done; later re-indexes do not make checks wait. */
  whenReady(): Promise<void> {
    return this.firstIndex;
  }

  get sourceCount(): number {
    return this.checker.sourceCount;
  }

  setGlobs(globs: readonly string[], allowOutside = false): void {
    this.globs = new CorpusGlobs(this.path, globs, allowOutside);
  }

  /** Whether a file belongs to this folder's corpus (drafts there are never checked). */
  isSource(path: string): boolean {
    return this.globs.matches(path) || this.checker.hasSource(path);
  }

  persistTo(persistence: Persistence): void {
    this.persistence = persistence;
    this.saver = new SaveScheduler(
      () => (this.saving = this.saving.then(() => this.save())),
      persistence.activity,
      persistence.saveDelayMs ?? SAVE_DELAY_MS,
      persistence.busy,
    );
  }

  /** Stops a pending save (the folder left the workspace). */
  dispose(): void {
    this.saver?.cancel();
  }

  /** Writes a pending save now (the server is shutting down); resolves when it is written or failed. */
  async flushSave(): Promise<void> {
    await this.saver?.flush();
    await this.saving;
  }

  async reloadAllowedNames(): Promise<void> {
    this.allowedNames = await loadAllowedNames(this.path);
  }

  /** A full re-index; it starts from the saved index unless `fresh` (then every source is read). */
  async reindex(hooks: IndexHooks, { fresh = false } = {}): Promise<IndexReport> {
    const generation = ++this.generation;
    const stopped = () => generation !== this.generation;
    this.indexing = true;
    this.changedDuringIndex = new Set();
    const checker = new FactChecker();
    let stems = new Map<string, string>();
    const target = this.persistence && new SavedIndex(this.persistence.dir, this.path, this.globs);
    let indexed = 0;
    let reused = 0;
    let skipped = 0;
    /** Whether the index differs from the saved one, so it is worth saving. */
    let changed = false;
    try {
      await this.reloadAllowedNames();
      const restored = target && !fresh ? await target.load(checker, hooks.log) : undefined;
      if (restored) stems = restored;
      const listing = await listCorpus(this.globs);
      for (const problem of listing.problems) hooks.log(`Skipped ${this.globs.displayPath(problem.path)}: ${problem.reason}`);
      skipped += listing.problems.length;
      const listed = new Set(listing.files);
      for (const path of checker.sourcePaths()) {
        if (listed.has(path)) continue;
        checker.removeSource(path);
        stems.delete(path);
        changed = true;
      }
      hooks.onProgress?.(0, listing.files.length);
      await readInOrder(
        listing.files,
        CONCURRENT_READS,
        (path, read, i) => {
          if ('unchanged' in read) {
            indexed++;
            reused++;
          } else {
            const had = checker.hasSource(path);
            const added = this.addSource(checker, stems, path, read, hooks.log);
            if (added) indexed++;
            else skipped++;
            changed ||= added || had;
          }
          hooks.onProgress?.(i + 1, listing.files.length);
        },
        {
          isStopped: stopped,
          // A source without its citation stem cannot be taken unread: it is read again to work one out.
          known: (path) => (stems.has(path) ? checker.sourceFingerprint(path) : undefined),
          yieldBetween: true,
        },
      );
      if (stopped()) return { indexed, reused, restored: !!restored, skipped, completed: false };
      this.checker = checker;
      this.stems.clear();
      for (const [path, stem] of stems) this.stems.set(path, stem);
      // The settings changed: the file saved under the old ones would never be loaded again.
      if (this.saved && this.saved.file !== target?.file) void this.saved.remove();
      this.saved = target;
      if (changed) this.saver?.schedule();
      for (const path of this.changedDuringIndex) {
        await this.updateFile(path, hooks.log);
        // A folder deleted meanwhile may have been reported alone: the files read before it went must go too.
        if (!(await stat(path).then(() => true, () => false))) this.removeFile(path);
      }
      return { indexed, reused, restored: !!restored, skipped, completed: true };
    } finally {
      if (!stopped()) {
        this.indexing = false;
        this.ready = true;
        this.resolveFirstIndex();
      }
    }
  }

  /**
   * Re-indexes one file after a change on disk: added, changed or deleted. Updates run one at a time, so
   * a file changed twice in quick succession cannot end up with the older text read last.
   */
  updateFile(path: string, log: (message: string) => void): Promise<FileChange> {
    if (this.indexing) this.changedDuringIndex.add(path);
    const run = this.updates.then(() => this.readAndUpdate(path, log));
    this.updates = run.catch(() => undefined);
    void run.then((outcome) => outcome !== 'unrelated' && this.saver?.schedule(), () => undefined);
    return run;
  }

  private async readAndUpdate(path: string, log: (message: string) => void): Promise<FileChange> {
    if (!this.globs.matches(path)) {
      // A file that no longer matches (renamed away, globs changed) must not linger in the index.
      return this.checker.removeSource(path) ? 'removed' : 'unrelated';
    }
    // A link created in the corpus folder may point anywhere: read it only where the listing would.
    const mayRead = await this.globs.mayRead(path).catch(() => true);
    const read: SourceRead = mayRead ? await readSourceFile(path) : { reason: OUTSIDE_REASON };
    if ('missing' in read) {
      this.stems.delete(path);
      return this.checker.removeSource(path) ? 'removed' : 'unrelated';
    }
    return this.addSource(this.checker, this.stems, path, read, log) ? 'updated' : 'skipped';
  }

  removeFile(path: string): FileChange {
    if (this.indexing) this.changedDuringIndex.add(path);
    // A deleted folder may be reported alone, without its files: drop every source under it.
    const under = [...this.stems.keys()].filter((p) => p.startsWith(path + '/') || p.startsWith(path + '\\'));
    let removed = false;
    for (const source of [path, ...under]) {
      this.stems.delete(source);
      if (this.checker.removeSource(source)) removed = true;
    }
    if (removed) this.saver?.schedule();
    return removed ? 'removed' : 'unrelated';
  }

  private async save(): Promise<void> {
    const saved = this.saved;
    if (!saved || !this.persistence) return;
    // The live checker is about to be replaced by a full re-index: save whatever it leaves instead.
    if (this.indexing) {
      this.saver?.schedule();
      return;
    }
    try {
      await saved.save(this.checker, this.stems);
      this.persistence.log(`Saved the index of ${this.name} (${this.checker.sourceCount} source(s)) to ${saved.file}.`);
    } catch (error) {
      this.persistence.log(`Could not save the index of ${this.name} to ${saved.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private addSource(
    checker: FactChecker,
    stems: Map<string, string>,
    path: string,
    read: SourceRead,
    log: (message: string) => void,
  ): boolean {
    const displayPath = this.globs.displayPath(path);
    if ('unchanged' in read) return checker.hasSource(path);
    if ('reason' in read) {
      checker.removeSource(path);
      stems.delete(path);
      log(`Skipped ${displayPath}: ${read.reason}`);
      return false;
    }
    try {
      const skip = checker.updateSource(path, read.bytes, displayPath, read.fingerprint);
      if (skip) {
        stems.delete(path);
        log(`Skipped ${displayPath}: ${skip.reason}`);
        return false;
      }
      const head = new TextDecoder().decode(read.bytes.subarray(0, STEM_HEAD_BYTES));
      stems.set(path, labelStem(displayPath, head));
      return true;
    } catch (error) {
      // One bad file must not stop the rest of the corpus from being indexed.
      log(`Skipped ${displayPath}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}
