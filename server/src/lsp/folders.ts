// The workspace folders and their corpora: which folder checks a draft, which files are sources, what
// the client should watch, and what a batch of file changes on disk means for each folder.
import { FileChangeType, type FileEvent, type FileSystemWatcher } from 'vscode-languageserver-protocol';
import { DEFAULT_SETTINGS, ALLOW_FILE } from '../protocol';
import { allowFilePath } from './allowFile';
import { FolderIndex, type Persistence } from './folderIndex';
import { uriToPath } from './uris';

export class Folders {
  readonly all: FolderIndex[] = [];
  /** Where each folder saves its index; unset when the client gave no storage folder. */
  persistence: Persistence | undefined;

  add(uri: string, name: string): FolderIndex {
    const folder = new FolderIndex(uri, uriToPath(uri) ?? uri, name, DEFAULT_SETTINGS.corpus);
    if (this.persistence) folder.persistTo(this.persistence);
    this.all.push(folder);
    return folder;
  }

  remove(uri: string): void {
    const i = this.all.findIndex((f) => f.uri === uri);
    if (i >= 0) this.all.splice(i, 1)[0]!.dispose();
  }

  /** The folder whose corpus checks a document: the innermost one holding it, else the first (untitled). */
  folderFor(uri: string): FolderIndex | undefined {
    const path = uriToPath(uri);
    if (path) {
      const holders = this.all.filter((f) => path === f.path || path.startsWith(withSeparator(f.path)));
      if (holders.length > 0) return holders.sort((a, b) => b.path.length - a.path.length)[0];
    }
    return this.all[0];
  }

  /** Whether a file is a source of any folder's corpus; sources are never checked as drafts. */
  isSource(path: string): boolean {
    return this.all.some((f) => f.isSource(path));
  }

  get sourceCount(): number {
    return this.all.reduce((n, f) => n + f.sourceCount, 0);
  }

  get indexing(): boolean {
    return this.all.some((f) => f.indexing);
  }

  /** What the client should watch: each folder's corpus globs and its allow file. */
  watchers(relativePatterns: boolean): FileSystemWatcher[] {
    return this.all.flatMap((folder) =>
      [...folder.globs.accepted, ALLOW_FILE].map((pattern) => ({
        globPattern: relativePatterns ? { baseUri: folder.uri, pattern } : `${folder.path.replace(/\\/g, '/')}/${pattern}`,
      })),
    );
  }

  /** Re-indexes the files a watcher reported, one by one; returns the folders whose checks may change. */
  async applyFileChanges(changes: readonly FileEvent[], log: (message: string) => void): Promise<Set<FolderIndex>> {
    const affected = new Set<FolderIndex>();
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (!path) continue;
      for (const folder of this.all) {
        if (path === allowFilePath(folder.path)) {
          await folder.reloadAllowedNames();
          affected.add(folder);
          continue;
        }
        const outcome = change.type === FileChangeType.Deleted ? folder.removeFile(path) : await folder.updateFile(path, log);
        if (outcome === 'updated' || outcome === 'removed') affected.add(folder);
      }
    }
    return affected;
  }
}

function withSeparator(path: string): string {
  return path.endsWith('/') || path.endsWith('\\') ? path : `${path}${path.includes('\\') && !path.includes('/') ? '\\' : '/'}`;
}
