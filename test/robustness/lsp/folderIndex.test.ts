// Issue 6, faults: corpus files deleted or rewritten while the folder is being indexed. Whatever happens on
// disk meanwhile, once indexing and the watcher's reports are done the index holds exactly what is on disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FolderIndex } from '../../../server/src/lsp/folderIndex';

function workspace(files: number): { root: string; path: (i: number) => string } {
  const root = mkdtempSync(join(tmpdir(), 'factcheck-robust-index-'));
  const path = (i: number) => join(root, 'corpus', i < files / 2 ? 'a' : 'b', `${String(i).padStart(4, '0')}.txt`);
  for (let i = 0; i < files; i++) write(path(i), i);
  return { root, path };
}

function write(path: string, i: number, value = 1000 + i): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `Town ${i} counted ${value} voters on Sunday.\n`);
}

/** The verdict the index gives "Town i counted value voters". */
function verdict(index: FolderIndex, i: number, value: number): string {
  const claims = index.checker.check(`Town ${i} counted ${value} voters on Sunday.`, 'plaintext').claims;
  return claims.find((c) => c.text === String(value))?.verdict ?? 'none';
}

test('files deleted, rewritten and added while indexing, reported by the watcher meanwhile: the index matches the disk', async () => {
  const n = 400;
  const { root, path } = workspace(n);
  const index = new FolderIndex(pathToFileURL(root).href, root, 'ws', ['corpus/**/*.txt']);
  const log: string[] = [];
  const watcher: Array<Promise<unknown>> = [];
  let faulted = false;
  try {
    const report = await index.reindex({
      log: (m) => log.push(m),
      onProgress: (done) => {
        if (faulted || done < 100) return;
        faulted = true;
        // Already indexed, and still to come: deleted, rewritten, added; the watcher reports each.
        for (const i of [10, 300]) rmSync(path(i));
        for (const i of [20, 310]) write(path(i), i, 5000 + i);
        write(path(n), n);
        watcher.push(
          ...[10, 300].map(async (i) => index.removeFile(path(i))),
          ...[20, 310, n].map((i) => index.updateFile(path(i), (m) => log.push(m))),
        );
      },
    });
    await Promise.all(watcher);
    assert.ok(report.completed);
    assert.equal(index.checker.sourceCount, n - 2 + 1);
    for (let i = 0; i <= n; i++) assert.equal(index.checker.hasSource(path(i)), existsSync(path(i)), `source ${i}`);
    assert.equal(verdict(index, 20, 5020), 'supported', 'a rewritten source is read again');
    assert.equal(verdict(index, 20, 1020), 'contradicted', 'and its old text is gone');
    assert.equal(verdict(index, 310, 5310), 'supported');
    assert.equal(verdict(index, n, 1000 + n), 'supported', 'a source added meanwhile is indexed');
    assert.equal(index.stems.size, index.checker.sourceCount, 'citation labels for exactly the indexed sources');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a folder deleted while indexing and reported alone: none of its files stay in the index', async () => {
  const n = 300;
  const { root, path } = workspace(n);
  const index = new FolderIndex(pathToFileURL(root).href, root, 'ws', ['corpus/**/*.txt']);
  let removal: Promise<unknown> | undefined;
  try {
    await index.reindex({
      log: () => undefined,
      onProgress: (done) => {
        // Half of corpus/a is indexed: the whole folder goes, and the watcher reports only the folder.
        if (removal || done < 75) return;
        rmSync(join(root, 'corpus/a'), { recursive: true });
        removal = Promise.resolve(index.removeFile(join(root, 'corpus/a')));
      },
    });
    await removal;
    assert.equal(index.checker.sourceCount, n / 2);
    for (let i = 0; i < n; i++) assert.equal(index.checker.hasSource(path(i)), i >= n / 2, `source ${i}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('one file rewritten twice in quick succession: the index ends with the last text', async () => {
  const { root, path } = workspace(4);
  const index = new FolderIndex(pathToFileURL(root).href, root, 'ws', ['corpus/**/*.txt']);
  try {
    await index.reindex({ log: () => undefined });
    const updates: Array<Promise<unknown>> = [];
    for (let round = 1; round <= 20; round++) {
      write(path(1), 1, 7000 + round);
      updates.push(index.updateFile(path(1), () => undefined));
    }
    await Promise.all(updates);
    assert.equal(verdict(index, 1, 7020), 'supported');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
