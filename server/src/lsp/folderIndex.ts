// One workspace folder's corpus: its FactChecker, its allowed names and its indexing state. A full
// re-index builds a new checker and swaps it in when done, so drafts keep being checked meanwhile.
import { stat } from 'node:fs/promises';
import { FactChecker } from '../engine';
import { labelStem } from './citations';
import { CorpusGlobs, listCorpus, OUTSIDE_REASON, readInOrder, readSource, type SourceRead } from './corpus';
import { loadAllowedNames } from './allowFile';

const CONCURRENT_READS = 8;
const STEM_HEAD_BYTES = 4096;

export interface IndexHooks {
  onProgress?: (done: number, total: number) => void;
  log: (message: string) => void;
}

export interface IndexReport {
  indexed: number;
  skipped: number;
  /** False when a newer re-index superseded this one before it finished. */
  completed: boolean;
}

export type FileChange = 'updated' | 'removed' | 'skipped' | 'unrelated';

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

  async reloadAllowedNames(): Promise<void> {
    this.allowedNames = await loadAllowedNames(this.path);
  }

  async reindex(hooks: IndexHooks): Promise<IndexReport> {
    const generation = ++this.generation;
    const stopped = () => generation !== this.generation;
    this.indexing = true;
    this.changedDuringIndex = new Set();
    const checker = new FactChecker();
    const stems = new Map<string, string>();
    let indexed = 0;
    let skipped = 0;
    try {
      await this.reloadAllowedNames();
      const listing = await listCorpus(this.globs);
      for (const problem of listing.problems) hooks.log(`Skipped ${this.globs.displayPath(problem.path)}: ${problem.reason}`);
      skipped += listing.problems.length;
      hooks.onProgress?.(0, listing.files.length);
      await readInOrder(
        listing.files,
        CONCURRENT_READS,
        (path, read, i) => {
          if (this.addSource(checker, stems, path, read, hooks.log)) indexed++;
          else skipped++;
          hooks.onProgress?.(i + 1, listing.files.length);
        },
        stopped,
      );
      if (stopped()) return { indexed, skipped, completed: false };
      this.checker = checker;
      this.stems.clear();
      for (const [path, stem] of stems) this.stems.set(path, stem);
      for (const path of this.changedDuringIndex) {
        await this.updateFile(path, hooks.log);
        // A folder deleted meanwhile may have been reported alone: the files read before it went must go too.
        if (!(await stat(path).then(() => true, () => false))) this.removeFile(path);
      }
      return { indexed, skipped, completed: true };
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
    return run;
  }

  private async readAndUpdate(path: string, log: (message: string) => void): Promise<FileChange> {
    if (!this.globs.matches(path)) {
      // A file that no longer matches (renamed away, globs changed) must not linger in the index.
      return this.checker.removeSource(path) ? 'removed' : 'unrelated';
    }
    // A link created in the corpus folder may point anywhere: read it only where the listing would.
    const mayRead = await this.globs.mayRead(path).catch(() => true);
    const read: SourceRead = mayRead ? await readSource(path) : { reason: OUTSIDE_REASON };
    if ('reason' in read && read.reason === 'file not found') {
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
    return removed ? 'removed' : 'unrelated';
  }

  private addSource(
    checker: FactChecker,
    stems: Map<string, string>,
    path: string,
    read: SourceRead,
    log: (message: string) => void,
  ): boolean {
    const displayPath = this.globs.displayPath(path);
    if ('reason' in read) {
      checker.removeSource(path);
      log(`Skipped ${displayPath}: ${read.reason}`);
      return false;
    }
    try {
      const skip = checker.updateSource(path, read.bytes, displayPath);
      if (skip) {
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
