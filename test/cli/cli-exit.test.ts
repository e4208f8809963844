// The built CLI's exit codes, error messages, corpus options and allow list.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { claimsOf, DRAFT, ensureBuilt, removeAll, ROOT, runCli, workspace, write, type JsonReport, type Run } from './helpers';

const dirs: string[] = [];
let ws: string;
const CORPUS = readdirSync(join(ROOT, 'corpus')).sort();
const [, C001, C002] = CORPUS.map((name) => join('corpus', name));

before(() => {
  ensureBuilt();
  ws = workspace();
  dirs.push(ws);
  write(ws, 'draft.md', DRAFT);
  write(ws, 'contradicted.md', 'NATO said it would send 600 more troops to Kosovo.\n');
  write(ws, 'unsupported.md', 'Boris Johnson visited Pristina.\n');
  write(ws, 'supported.md', 'Only 3.47% of eligible voters cast ballots.\n');
});
after(() => removeAll(dirs));

function fresh(withCorpus = true): string {
  const dir = workspace(withCorpus);
  dirs.push(dir);
  return dir;
}

/** Exit 2, nothing on stdout, one line on stderr starting `factcheck: `. */
function assertUsageFailure(r: Run, pattern: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^factcheck: [^\n]+\n$/);
  assert.match(r.stderr, pattern);
}

const json = (r: Run) => JSON.parse(r.stdout) as JsonReport;

describe('exit status by --fail-on', () => {
  const cases: Array<[draft: string, failOn: string | undefined, code: number]> = [
    ['contradicted.md', undefined, 1],
    ['contradicted.md', 'contradicted', 1],
    ['contradicted.md', 'unsupported', 1],
    ['contradicted.md', 'never', 0],
    ['unsupported.md', undefined, 0],
    ['unsupported.md', 'contradicted', 0],
    ['unsupported.md', 'unsupported', 1],
    ['unsupported.md', 'never', 0],
    ['supported.md', undefined, 0],
    ['supported.md', 'unsupported', 0],
    ['supported.md', 'never', 0],
  ];
  for (const [draft, failOn, code] of cases) {
    test(`${draft} --fail-on ${failOn ?? '(default)'} → ${code}`, () => {
      const r = runCli(['check', ...(failOn ? ['--fail-on', failOn] : []), draft], ws);
      assert.equal(r.code, code, r.stdout + r.stderr);
      assert.equal(r.stderr, '');
    });
  }

  test('the exit status counts every file given', () => {
    assert.equal(runCli(['check', 'supported.md', 'contradicted.md'], ws).code, 1);
    assert.equal(runCli(['check', '--fail-on', 'unsupported', 'supported.md', 'unsupported.md'], ws).code, 1);
  });
});

describe('usage and I/O errors exit 2 with one line on stderr', () => {
  test('unknown option', () => assertUsageFailure(runCli(['check', '--bogus', 'draft.md'], ws), /--bogus/));
  test('unknown --format', () => assertUsageFailure(runCli(['check', '--format', 'xml', 'draft.md'], ws), /--format 'xml'/));
  test('unknown --fail-on', () => assertUsageFailure(runCli(['check', '--fail-on', 'sometimes', 'draft.md'], ws), /--fail-on 'sometimes'/));
  test('--format without a value', () => assertUsageFailure(runCli(['check', 'draft.md', '--format'], ws), /--format/));
  test('no draft file', () => assertUsageFailure(runCli(['check'], ws), /no draft file/));
  test('no command', () => assertUsageFailure(runCli([], ws), /missing command/));
  test('unknown command', () => assertUsageFailure(runCli(['verify', 'draft.md'], ws), /unknown command 'verify'/));
  test('missing draft file', () => assertUsageFailure(runCli(['check', 'nope.md'], ws), /nope\.md/));
  test('a folder given as the draft', () => assertUsageFailure(runCli(['check', 'corpus'], ws), /cannot read corpus/));

  test('missing default ./corpus', () => {
    const dir = fresh(false);
    write(dir, 'draft.md', DRAFT);
    assertUsageFailure(runCli(['check', 'draft.md'], dir), /^factcheck: corpus not found: corpus\n$/);
  });

  test('missing --corpus folder, even next to a good one', () => {
    assertUsageFailure(runCli(['check', '--corpus', 'missing', 'draft.md'], ws), /corpus not found: missing/);
    assertUsageFailure(runCli(['check', '--corpus', 'corpus', '--corpus', 'missing', 'draft.md'], ws), /corpus not found: missing/);
  });

  test('empty corpus folder', () => {
    mkdirSync(join(ws, 'empty'), { recursive: true });
    assertUsageFailure(runCli(['check', '--corpus', 'empty', 'draft.md'], ws), /corpus is empty/);
  });

  test('a corpus folder with no .txt or .md file', () => {
    write(ws, 'other/notes.json', '{"troops": 700}');
    assertUsageFailure(runCli(['check', '--corpus', 'other', 'draft.md'], ws), /corpus is empty.*other/);
  });

  test('missing --allow file', () => assertUsageFailure(runCli(['check', '--allow', 'no-allow.txt', 'draft.md'], ws), /^factcheck: cannot read allow list no-allow\.txt: ENOENT\n$/));
});

describe('help', () => {
  for (const args of [['--help'], ['-h'], ['check', '--help'], ['check', '-h', 'draft.md']]) {
    test(`${args.join(' ')} prints the usage and exits 0`, () => {
      const r = runCli(args, ws);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^usage: factcheck check /);
      assert.match(r.stdout, /--fail-on/);
      assert.equal(r.stderr, '');
    });
  }
});

describe('corpus options', () => {
  test('a single file works as the corpus', () => {
    const r = runCli(['check', '--format', 'json', '--corpus', C001!, 'contradicted.md'], ws);
    assert.equal(r.code, 1, r.stderr);
    const [c] = claimsOf(json(r), '600');
    assert.equal(c!.suggestion, '700');
    assert.ok(c!.evidence.length > 0);
    for (const e of c!.evidence) assert.equal(e.source, C001);
  });

  test('several --corpus are all indexed', () => {
    const only001 = json(runCli(['check', '--format', 'json', '--fail-on', 'never', '--corpus', C001!, 'draft.md'], ws));
    assert.notEqual(claimsOf(only001, '3.47%')[0]!.verdict, 'supported');
    const both = json(runCli(['check', '--format', 'json', '--fail-on', 'never', '--corpus', C001!, '--corpus', C002!, 'draft.md'], ws));
    assert.equal(claimsOf(both, '600')[0]!.suggestion, '700');
    const ok = claimsOf(both, '3.47%')[0]!;
    assert.equal(ok.verdict, 'supported');
    assert.ok(ok.evidence.some((e) => e.source === C002));
    const sources = new Set(both.files[0]!.claims.flatMap((c) => c.evidence.map((e) => e.source)));
    assert.deepEqual([...sources].filter((s) => s !== C001 && s !== C002), []);
  });

  test('a binary file in the corpus is skipped with a message; the rest is indexed', () => {
    const dir = fresh(false);
    mkdirSync(join(dir, 'src'));
    copyFileSync(join(ROOT, C001!), join(dir, 'src', 'a.txt'));
    write(dir, 'src/scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02]));
    write(dir, 'draft.md', 'NATO said it would send 600 more troops to Kosovo.\n');
    const r = runCli(['check', '--format', 'json', '--corpus', 'src', 'draft.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^factcheck: skipped src\/scan\.txt: [^\n]*binary[^\n]*\n$/);
    const [c] = claimsOf(json(r), '600');
    assert.equal(c!.suggestion, '700');
    assert.ok(c!.evidence.every((e) => e.source === 'src/a.txt'));
  });

  test('a corpus of only a binary file is an error, not an empty success', () => {
    const dir = fresh(false);
    write(dir, 'only/scan.txt', new Uint8Array([0x00, 0x01, 0x02, 0x03]));
    write(dir, 'draft.md', DRAFT);
    const r = runCli(['check', '--corpus', 'only', 'draft.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    assert.match(lines[0]!, /^factcheck: skipped only\/scan\.txt: /);
    assert.match(lines[1]!, /^factcheck: corpus is empty/);
  });

  test('evidence from the default ./corpus is cited relative to the working folder', () => {
    const sources = json(runCli(['check', '--format', 'json', '--fail-on', 'never', 'draft.md'], ws)).files[0]!.claims.flatMap((c) => c.evidence.map((e) => e.source));
    assert.ok(sources.length > 0);
    for (const s of sources) assert.ok(CORPUS.map((n) => `corpus/${n}`).includes(s), s);
  });
});

describe('allow list', () => {
  test('.factcheck/allow.txt in the working folder: Boris Johnson is no longer reported', () => {
    const dir = fresh();
    write(dir, 'unsupported.md', 'Boris Johnson visited Pristina.\n');
    const before = runCli(['check', '--fail-on', 'unsupported', 'unsupported.md'], dir);
    assert.equal(before.code, 1);
    assert.match(before.stdout, /Boris Johnson is unsupported/);
    write(dir, '.factcheck/allow.txt', '# people we know are right\nBoris Johnson\n');
    const r = runCli(['check', '--fail-on', 'unsupported', 'unsupported.md'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.doesNotMatch(r.stdout, /Boris Johnson/);
    const report = json(runCli(['check', '--format', 'json', 'unsupported.md'], dir));
    assert.ok(claimsOf(report, 'Boris Johnson').every((c) => c.verdict === 'supported'));
    assert.equal(report.summary.unsupported, 0);
  });

  test('--allow FILE', () => {
    write(ws, 'lists/names.txt', 'Boris Johnson  # visited in 2023\r\n');
    const r = runCli(['check', '--fail-on', 'unsupported', '--allow', 'lists/names.txt', 'unsupported.md'], ws);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const other = runCli(['check', '--fail-on', 'unsupported', '--allow', 'lists/names.txt', 'draft.md'], ws);
    assert.match(other.stdout, /Olaf Scholz is contradicted/);
  });
});
