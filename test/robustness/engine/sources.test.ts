// Issue 6, bad sources at the engine level: a corpus folder holding every kind of file writers drop into
// it. Each bad one is skipped with a reason that names it, and the good ones are still indexed and cited.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FactChecker } from '../../../server/src/engine';
import { indexCorpus } from '../../../server/src/engine/sources/corpusFiles';

const root = mkdtempSync(join(tmpdir(), 'factcheck-robust-src-'));
after(() => rmSync(root, { recursive: true, force: true }));

function put(name: string, bytes: string | Uint8Array): string {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

const TROOPS = 'NATO said it would send 700 more troops to Kosovo.';
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

// The good ones: each states one fact a draft below checks, so each must really be indexed and cited.
put('corpus/good/bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${TROOPS}\n`)]));
put('corpus/good/le16.txt', utf16le('Intro line.\nPristina hosted 1,234 delegates.\n'));
put('corpus/good/be16.md', utf16be('# Heading\n\nMitrovica counted 5,678 voters.\n'));
put('corpus/good/crlf.txt', 'First line.\r\nSecond line.\r\nZvecan has 9,012 residents.\r\n');
// One 1 MB line: 1 MB of sentences, then the fact near its end.
const filler = 'The weather was calm in the region on that day. ';
const longLine = filler.repeat(Math.ceil(1_048_576 / filler.length)) + 'Leposavic reported 3,456 arrivals.';
put('corpus/good/long-line.txt', longLine);
// One 1 MB "sentence": no full stop anywhere.
put('corpus/good/no-stops.txt', 'troops border police mayors calm '.repeat(32_000));

// The bad ones.
put('corpus/bad/empty.txt', '');
put('corpus/bad/blank.md', ' \r\n\t\n');
put('corpus/bad/scan.txt', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), Buffer.alloc(64)]));
put('corpus/bad/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
put('corpus/bad/latin1.txt', Buffer.from('Caf\xe9 owners in Pristina counted 4,321 visitors.', 'latin1'));
put('corpus/bad/odd16.txt', Buffer.concat([utf16le('Broken'), Buffer.from([0x41])])); // odd byte count
put('corpus/bad/lone-surrogate16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41, 0x00])]));
put('corpus/bad/nul.md', Buffer.from('Looks like text\u0000but is not'));
const huge = join(root, 'corpus/bad/dump.txt');
// 50 MB without writing 50 MB: a sparse file. Read, it would be NUL bytes ("binary"); the size limit must
// refuse it before reading.
execFileSync('truncate', ['-s', String(50 * 1024 * 1024), huge]);
mkdirSync(join(root, 'corpus/loop'), { recursive: true });
symlinkSync(join(root, 'corpus'), join(root, 'corpus/loop/again'));
symlinkSync(join(root, 'corpus/loop/self.txt'), join(root, 'corpus/loop/self.txt'));
symlinkSync(join(root, 'corpus/missing.txt'), join(root, 'corpus/dangling.txt'));

test('every bad source is skipped with a reason naming it; the good ones are indexed and cited exactly', async () => {
  const checker = new FactChecker();
  const report = await indexCorpus(checker, [join(root, 'corpus')], { displayBase: root });
  const reasons = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
  assert.deepEqual(reasons, {
    'corpus/bad/blank.md': 'empty file',
    'corpus/bad/dump.txt': 'larger than 20 MB limit',
    'corpus/bad/empty.txt': 'empty file',
    'corpus/bad/latin1.txt': 'not valid UTF-8 text',
    'corpus/bad/lone-surrogate16.txt': 'not valid UTF-16 text',
    'corpus/bad/nul.md': 'binary file',
    'corpus/bad/odd16.txt': 'not valid UTF-16 text',
    'corpus/bad/photo.txt': 'binary file (PNG)',
    'corpus/bad/scan.txt': 'binary file (PDF)',
    'corpus/dangling.txt': 'file not found (deleted or a broken link)',
    'corpus/loop/self.txt': 'symbolic link loop',
  });
  assert.equal(report.indexed, 6);
  assert.equal(checker.sourceCount, 6);

  const draft = [
    'NATO will send 700 more troops to Kosovo.',
    'Pristina hosted 1,234 delegates.',
    'Mitrovica counted 5,678 voters.',
    'Zvecan has 9,012 residents.',
    'Leposavic reported 3,456 arrivals.',
  ].join('\n');
  const claims = checker.check(draft, 'plaintext').claims.filter((c) => c.kind === 'number');
  assert.deepEqual(claims.map((c) => [c.text, c.verdict]), [
    ['700', 'supported'],
    ['1,234', 'supported'],
    ['5,678', 'supported'],
    ['9,012', 'supported'],
    ['3,456', 'supported'],
  ]);
  const cited = Object.fromEntries(claims.map((c) => [c.text, c.evidence[0]!]));
  // Positions are the file as an editor shows it: no BOM, UTF-16 columns, CRLF ends one line.
  assert.deepEqual([cited['700']!.displayPath, cited['700']!.range.start], ['corpus/good/bom8.txt', { line: 0, character: 0 }]);
  assert.deepEqual([cited['1,234']!.displayPath, cited['1,234']!.range.start], ['corpus/good/le16.txt', { line: 1, character: 0 }]);
  assert.deepEqual([cited['5,678']!.displayPath, cited['5,678']!.range.start], ['corpus/good/be16.md', { line: 2, character: 0 }]);
  assert.deepEqual(
    [cited['9,012']!.displayPath, cited['9,012']!.range],
    ['corpus/good/crlf.txt', { start: { line: 2, character: 0 }, end: { line: 2, character: 27 } }],
  );
  const atEnd = longLine.length - 'Leposavic reported 3,456 arrivals.'.length;
  assert.deepEqual(
    [cited['3,456']!.displayPath, cited['3,456']!.range],
    ['corpus/good/long-line.txt', { start: { line: 0, character: atEnd }, end: { line: 0, character: longLine.length } }],
  );
});

test('a source over the limit is refused before it is read, whatever its content', async () => {
  const checker = new FactChecker({ maxSourceBytes: 1024 });
  const report = await indexCorpus(checker, [join(root, 'corpus/good')], { displayBase: root, maxSourceBytes: 1024 });
  const over = report.skipped.filter((s) => s.reason === 'larger than 1 KB limit').map((s) => s.path);
  assert.deepEqual(over, ['corpus/good/long-line.txt', 'corpus/good/no-stops.txt']);
  assert.equal(report.indexed, 4);
});
