import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CorpusGlobs, listCorpus } from '../../server/src/lsp/corpus';
import { readInOrder } from '../../server/src/engine/sources/corpusFiles';

const root = mkdtempSync(join(tmpdir(), 'factcheck glob (ws) '));
after(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, text = 'NATO sent 700 troops.'): string {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const a = file('corpus/a.txt');
const b = file('corpus/nested/b.md');
file('corpus/photo.pdf');
file('corpus/node_modules/dep.txt');
file('corpus/.hidden/c.txt');
file('drafts/draft.md');
const extra = file('extra/notes.txt');
symlinkSync(join(root, 'corpus'), join(root, 'corpus/nested/loop'));

test('the default glob finds .txt and .md under corpus/, not other types, dependencies, dot-folders or drafts', async () => {
  const globs = new CorpusGlobs(root, ['corpus/**/*.{txt,md}']);
  const listing = await listCorpus(globs);
  // The symlink back to corpus/ is walked once, not forever; the folder name's parentheses are literal.
  assert.deepEqual(listing.files, [a, b]);
  assert.deepEqual(listing.problems, []);
  assert.ok(globs.matches(join(root, 'corpus/new.md')));
  assert.ok(!globs.matches(join(root, 'drafts/draft.md')));
  assert.equal(globs.displayPath(b), 'corpus/nested/b.md');
});

test('several globs, a single file, and a missing folder', async () => {
  const listing = await listCorpus(new CorpusGlobs(root, ['extra/notes.txt', 'corpus/*.txt', 'missing/**/*.txt']));
  assert.deepEqual(listing.files, [a, extra]);
  assert.deepEqual(listing.problems, [], 'a folder that does not exist is simply no corpus');
  assert.deepEqual((await listCorpus(new CorpusGlobs(root, ['nothing/**']))).files, []);
});

test('files are handed over in list order however fast each read is, with unreadable ones explained', async () => {
  const seen: Array<[string, string]> = [];
  await readInOrder([b, join(root, 'corpus/gone.txt'), a], 2, (path, read) => {
    seen.push([path, 'reason' in read ? read.reason : 'bytes' in read ? `${read.bytes.length} bytes` : 'unchanged']);
  });
  assert.deepEqual(seen, [
    [b, '21 bytes'],
    [join(root, 'corpus/gone.txt'), 'file not found (deleted or a broken link)'],
    [a, '21 bytes'],
  ]);
});
