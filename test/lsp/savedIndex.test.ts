// The saved index file: named per folder and corpus settings, refused (and deleted) when damaged or not
// for this folder, written whole or not at all, and never left to pile up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FactChecker } from '../../server/src/engine';
import { FolderIndex } from '../../server/src/lsp/folderIndex';
import { SavedIndex, storageFolder } from '../../server/src/lsp/savedIndex';

const ROOT = join(__dirname, '../..');
const CORPUS = { globs: ['corpus/**/*.txt'], allowOutside: false };

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'factcheck-saved-'));
}

/** A checker whose snapshot is whatever bytes a test needs (to write a well-formed file of any content). */
const fakeChecker = (bytes: string) => ({ snapshot: () => Buffer.from(bytes) }) as unknown as FactChecker;

test('one file per folder and corpus settings', () => {
  const dir = '/storage';
  const a = new SavedIndex(dir, '/ws/a', CORPUS).file;
  assert.equal(new SavedIndex(dir, '/ws/a', { ...CORPUS }).file, a, 'the same folder and settings share it');
  assert.notEqual(new SavedIndex(dir, '/ws/b', CORPUS).file, a);
  assert.notEqual(new SavedIndex(dir, '/ws/a', { ...CORPUS, globs: ['corpus/**/*.md'] }).file, a);
  assert.notEqual(new SavedIndex(dir, '/ws/a', { ...CORPUS, allowOutside: true }).file, a);
  assert.ok(a.startsWith('/storage/'), 'inside the storage folder');
});

test('only an absolute storage path is used', () => {
  const log: string[] = [];
  assert.equal(storageFolder(undefined, (m) => log.push(m)), undefined);
  assert.equal(storageFolder('/tmp/store/../x', (m) => log.push(m)), '/tmp/x');
  assert.equal(log.length, 0);
  for (const bad of ['', 'relative', 42, { path: '/x' }]) assert.equal(storageFolder(bad, (m) => log.push(m)), undefined);
  assert.equal(log.length, 4, 'each refusal is logged');
});

test('a saved index loads into a fresh checker with its citation stems', async () => {
  const dir = scratch();
  try {
    const original = new FactChecker();
    original.updateSource('/ws/corpus/a.txt', Buffer.from(' date 2023-06-01 NATO said it would send 700 more troops.\n'), 'corpus/a.txt', '10:1');
    const saved = new SavedIndex(join(dir, 'created/on/save'), '/ws', CORPUS);
    await saved.save(original, new Map([['/ws/corpus/a.txt', 'nato']]));
    const loaded = new FactChecker();
    const stems = await saved.load(loaded, assert.fail);
    assert.deepEqual(stems, new Map([['/ws/corpus/a.txt', 'nato']]));
    assert.equal(loaded.sourceFingerprint('/ws/corpus/a.txt'), '10:1');
    assert.equal(loaded.check('NATO will send 700 more troops.', 'plaintext').claims.find((c) => c.text === '700')?.verdict, 'supported');
    assert.equal(await new SavedIndex(dir, '/elsewhere', CORPUS).load(new FactChecker(), assert.fail), undefined, 'no file: nothing said');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged, foreign or other-format file is refused with one line, deleted, and the checker kept', async () => {
  const dir = scratch();
  try {
    const saved = new SavedIndex(dir, '/ws', CORPUS);
    await saved.save(fakeChecker('{"format": 999}'), new Map());
    const otherFormat = readFileSync(saved.file);
    await new SavedIndex(dir, '/ws', CORPUS).save(fakeChecker('x'), new Map());
    const good = readFileSync(saved.file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 1] ^= 1;
    const hugeHeader = Buffer.from(good);
    hugeHeader.writeUInt32BE(0xffffffff, 'FACTCHECK-INDEX 1\n'.length);
    // Written for another folder, then copied here: a file is only trusted for what it says it holds.
    const foreign = new SavedIndex(join(dir, 'other'), '/other', CORPUS);
    await foreign.save(fakeChecker('x'), new Map());
    const cases: Array<[string, Buffer, RegExp]> = [
      ['empty', Buffer.alloc(0), /not a saved index/],
      ['not one', Buffer.from('{"format": 2, "sources": []}'), /not a saved index/],
      ['truncated', good.subarray(0, good.length - 1), /truncated/],
      ['a header past the end', hugeHeader, /truncated/],
      ['a flipped bit', flipped, /checksum/],
      ['another folder', readFileSync(foreign.file), /another folder/],
      ['another engine format', otherFormat, /another format/],
    ];
    for (const [what, bytes, reason] of cases) {
      writeFileSync(saved.file, bytes);
      const checker = new FactChecker();
      checker.updateSource('/ws/a.txt', Buffer.from('NATO sent 700 troops.\n'));
      const log: string[] = [];
      assert.equal(await saved.load(checker, (m) => log.push(m)), undefined, what);
      assert.equal(log.length, 1, what);
      assert.match(log[0]!, reason, what);
      assert.ok(!existsSync(saved.file), `${what}: deleted`);
      assert.equal(checker.sourceCount, 1, `${what}: the checker is kept`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('saving leaves one file per folder: older settings and abandoned temporary files are removed', async () => {
  const dir = scratch();
  try {
    const old = new SavedIndex(dir, '/ws', { ...CORPUS, globs: ['old/**'] });
    await old.save(fakeChecker('x'), new Map());
    const otherFolder = new SavedIndex(dir, '/ws2', CORPUS);
    await otherFolder.save(fakeChecker('x'), new Map());
    const abandoned = `${otherFolder.file}.0123456789ab.tmp`;
    const recent = `${otherFolder.file}.ba9876543210.tmp`;
    writeFileSync(abandoned, 'half');
    utimesSync(abandoned, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    writeFileSync(recent, 'being written');
    writeFileSync(join(dir, 'not-ours.txt'), 'kept');

    const current = new SavedIndex(dir, '/ws', CORPUS);
    await current.save(fakeChecker('x'), new Map());
    const names = (p: string) => p.slice(dir.length + 1);
    assert.deepEqual(readdirSync(dir).sort(), [current.file, otherFolder.file, recent, join(dir, 'not-ours.txt')].map(names).sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder saves after indexing, restores on the next index, and drops its file when the settings change', async () => {
  const ws = scratch();
  const dir = join(ws, '.storage');
  cpSync(join(ROOT, 'corpus'), join(ws, 'corpus'), { recursive: true });
  const logs: string[] = [];
  const persistence = { dir, activity: () => 0, log: (m: string) => logs.push(m), saveDelayMs: 10 };
  const savedLine = async (count: number) => {
    while (logs.filter((m) => m.startsWith('Saved the index')).length < count) await new Promise((r) => setTimeout(r, 10));
  };
  try {
    const first = new FolderIndex(pathToFileURL(ws).href, ws, 'ws', ['corpus/**/*.txt']);
    first.persistTo(persistence);
    assert.deepEqual(await first.reindex({ log: assert.fail }), { indexed: 5, reused: 0, restored: false, skipped: 0, completed: true });
    await savedLine(1);
    const [file] = readdirSync(dir);

    const second = new FolderIndex(pathToFileURL(ws).href, ws, 'ws', ['corpus/**/*.txt']);
    second.persistTo(persistence);
    assert.deepEqual(await second.reindex({ log: assert.fail }), { indexed: 5, reused: 5, restored: true, skipped: 0, completed: true });
    assert.deepEqual(second.stems, first.stems, 'citation stems come back with the index');
    assert.deepEqual(
      await second.reindex({ log: assert.fail }, { fresh: true }),
      { indexed: 5, reused: 0, restored: false, skipped: 0, completed: true },
      'a fresh re-index reads every source',
    );
    await savedLine(2);

    second.setGlobs(['corpus/**/001_*.txt']);
    assert.equal((await second.reindex({ log: assert.fail })).indexed, 1);
    await savedLine(3);
    const after = readdirSync(dir);
    assert.equal(after.length, 1, 'the file for the old settings is gone');
    assert.notEqual(after[0], file);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});
