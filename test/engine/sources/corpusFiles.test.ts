import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexCorpus, listCorpusFiles } from '../../../server/src/engine/sources/corpusFiles';
import { decodeSource } from '../../../server/src/engine/sources/readSource';
import type { SkippedSource } from '../../../server/src/engine/types';

const temps: string[] = [];
after(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-corpus-'));
  temps.push(dir);
  return dir;
}

/** Records calls and skips what decodeSource rejects, as the real checker does. */
class FakeChecker {
  calls: Array<{ path: string; displayPath?: string; text?: string }> = [];
  updateSource(path: string, bytes: Uint8Array, displayPath?: string): SkippedSource | undefined {
    const result = decodeSource(path, bytes, displayPath ?? path);
    this.calls.push({ path, ...(displayPath !== undefined ? { displayPath } : {}), ...(result.ok ? { text: result.document.text } : {}) });
    return result.ok ? undefined : { path, reason: result.reason };
  }
}

/** A corpus with every kind of file a user's folder may hold. */
async function messyCorpus(): Promise<string> {
  const root = await tempDir();
  await mkdir(join(root, 'b', 'deep'), { recursive: true });
  await mkdir(join(root, 'a'));
  await mkdir(join(root, 'node_modules', 'pkg'), { recursive: true });
  await mkdir(join(root, '.git'));
  await writeFile(join(root, 'a', 'one.txt'), 'NATO sent 700 troops.\r\nKurti said no.\r\n');
  await writeFile(join(root, 'b', 'deep', 'two.md'), '# Title\n\nSerbs gathered in Zvecan.\n');
  await writeFile(join(root, 'b', 'fake.txt'), '%PDF-1.4\n%âãÏÓ binary');
  await writeFile(join(root, 'b', 'latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'));
  await writeFile(join(root, 'b', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Vučić spoke.', 'utf16le')]));
  await writeFile(join(root, 'b', 'empty.txt'), '');
  await writeFile(join(root, 'b', 'notes.docx'), 'PK\x03\x04');
  await writeFile(join(root, 'node_modules', 'pkg', 'README.md'), 'Not a source.');
  await writeFile(join(root, '.git', 'HEAD.txt'), 'Not a source.');
  await writeFile(join(root, 'UPPER.TXT'), 'Upper-case extension.');
  await symlink(root, join(root, 'b', 'deep', 'loop')); // a symlink loop back to the root
  return root;
}

test('a folder is walked recursively in sorted order for .txt and .md only', async () => {
  const root = await messyCorpus();
  const { files, skipped } = await listCorpusFiles([root]);
  assert.deepEqual(files, [
    join(root, 'UPPER.TXT'),
    join(root, 'a', 'one.txt'),
    join(root, 'b', 'deep', 'two.md'),
    join(root, 'b', 'empty.txt'),
    join(root, 'b', 'fake.txt'),
    join(root, 'b', 'latin1.txt'),
    join(root, 'b', 'utf16.txt'),
  ]);
  assert.deepEqual(skipped, []);
});

test('indexing feeds every file to the checker and reports what was skipped and why', async () => {
  const root = await messyCorpus();
  const checker = new FakeChecker();
  const progress: Array<[number, number]> = [];
  const report = await indexCorpus(checker, [root], { displayBase: root, onProgress: (d, t) => progress.push([d, t]) });
  assert.equal(report.indexed, 4);
  assert.deepEqual(report.files, [join(root, 'UPPER.TXT'), join(root, 'a', 'one.txt'), join(root, 'b', 'deep', 'two.md'), join(root, 'b', 'utf16.txt')]);
  assert.deepEqual(report.skipped, [
    { path: 'b/empty.txt', reason: 'empty file' },
    { path: 'b/fake.txt', reason: 'binary file (PDF)' },
    { path: 'b/latin1.txt', reason: 'not valid UTF-8 text' },
  ]);
  assert.deepEqual(checker.calls.map((c) => c.displayPath), ['UPPER.TXT', 'a/one.txt', 'b/deep/two.md', 'b/empty.txt', 'b/fake.txt', 'b/latin1.txt', 'b/utf16.txt']);
  assert.equal(checker.calls[1]!.text, 'NATO sent 700 troops.\r\nKurti said no.\r\n');
  assert.equal(checker.calls[6]!.text, 'Vučić spoke.');
  assert.deepEqual(progress.at(-1), [7, 7]);
  assert.deepEqual(progress.map(([d]) => d), [1, 2, 3, 4, 5, 6, 7]);
});

test('a single-file root is taken whatever its extension; display paths outside the base are absolute', async () => {
  const root = await tempDir();
  const file = join(root, 'article.text');
  await writeFile(file, 'Only 3.47% voted.');
  const checker = new FakeChecker();
  const report = await indexCorpus(checker, [file], { displayBase: join(root, 'elsewhere') });
  assert.equal(report.indexed, 1);
  assert.deepEqual(checker.calls.map((c) => [c.path, c.displayPath]), [[file, file]]);
});

test('display paths default to the working folder', async () => {
  const checker = new FakeChecker();
  const report = await indexCorpus(checker, ['corpus']);
  assert.equal(report.indexed, 5);
  assert.equal(checker.calls[0]!.displayPath, 'corpus/000_9d908ecb5e6367bb.txt');
  assert.equal(checker.calls[0]!.path, join(process.cwd(), 'corpus', '000_9d908ecb5e6367bb.txt'));
});

test('a checker that throws on one file does not stop the others', async () => {
  const root = await tempDir();
  await writeFile(join(root, 'a.txt'), 'Bad one.');
  await writeFile(join(root, 'b.txt'), 'Good one.');
  const seen: string[] = [];
  const checker = {
    updateSource(path: string): SkippedSource | undefined {
      seen.push(path);
      if (path.endsWith('a.txt')) throw new Error('boom');
      return undefined;
    },
  };
  const report = await indexCorpus(checker, [root], { displayBase: root });
  assert.equal(report.indexed, 1);
  assert.deepEqual(report.skipped, [{ path: 'a.txt', reason: 'could not be indexed (boom)' }]);
  assert.equal(seen.length, 2);
});

test('a missing root is an error naming it', async () => {
  const root = await tempDir();
  const missing = join(root, 'no-such-folder');
  await assert.rejects(listCorpusFiles([missing]), { message: `corpus not found: ${missing}` });
  await assert.rejects(indexCorpus(new FakeChecker(), [root, missing]), { message: `corpus not found: ${missing}` });
});

test('overlapping roots index each file once', async () => {
  const root = await messyCorpus();
  const { files } = await listCorpusFiles([root, join(root, 'a'), join(root, 'a', 'one.txt')]);
  assert.equal(files.filter((f) => f.endsWith('one.txt')).length, 1);
});

test('an oversized file is skipped before it is read', async () => {
  const root = await tempDir();
  await writeFile(join(root, 'big.txt'), 'word '.repeat(1000));
  await writeFile(join(root, 'small.txt'), 'Small enough.');
  const checker = new FakeChecker();
  const report = await indexCorpus(checker, [root], { displayBase: root, maxSourceBytes: 1024 });
  assert.deepEqual(report.skipped, [{ path: 'big.txt', reason: 'larger than 1 KB limit' }]);
  assert.deepEqual(checker.calls.map((c) => c.displayPath), ['small.txt']);
});

test('broken links and unreadable entries are skipped with a reason', async () => {
  const root = await tempDir();
  await symlink(join(root, 'gone.txt'), join(root, 'dangling.txt'));
  await writeFile(join(root, 'ok.txt'), 'Readable.');
  const locked = join(root, 'locked');
  await mkdir(locked);
  await writeFile(join(locked, 'secret.txt'), 'Hidden.');
  await chmod(locked, 0o000);
  try {
    const report = await indexCorpus(new FakeChecker(), [root], { displayBase: root });
    const reasons = new Map(report.skipped.map((s) => [s.path, s.reason]));
    assert.equal(reasons.get('dangling.txt'), 'file not found (deleted or a broken link)');
    // root ignores permissions, so the locked folder can only be tested as another user
    const isRoot = process.getuid?.() === 0;
    assert.equal(report.indexed, isRoot ? 2 : 1);
    if (!isRoot) assert.equal(reasons.get('locked'), 'permission denied');
  } finally {
    await chmod(locked, 0o755);
  }
});

test('thousands of files are indexed without running out of descriptors', async () => {
  const root = await tempDir();
  for (let i = 0; i < 1500; i += 50) {
    await Promise.all(Array.from({ length: 50 }, (_, j) => writeFile(join(root, `f${String(i + j).padStart(4, '0')}.txt`), `Sentence ${i + j}.`)));
  }
  const checker = new FakeChecker();
  const report = await indexCorpus(checker, [root], { displayBase: root });
  assert.equal(report.indexed, 1500);
  assert.equal(checker.calls[1499]!.text, 'Sentence 1499.');
});
