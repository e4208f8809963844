// The built CLI's three output formats on drafts whose verdicts are known from the corpus.
// Exit codes, errors and corpus options are in cli-exit.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { claimsOf, DRAFT, ensureBuilt, removeAll, runCli, sliceRange, sliceRegion, workspace, write, type JsonReport } from './helpers';

const dirs: string[] = [];
let ws: string;
let json: JsonReport;

before(() => {
  ensureBuilt();
  ws = workspace();
  dirs.push(ws);
  write(ws, 'draft.md', DRAFT);
  const r = runCli(['check', '--format', 'json', '--fail-on', 'never', 'draft.md'], ws);
  assert.equal(r.code, 0, r.stderr);
  json = JSON.parse(r.stdout) as JsonReport;
});
after(() => removeAll(dirs));

const keys = (o: object) => Object.keys(o).sort();

describe('--format json', () => {
  test('has exactly the documented shape, keys and types', () => {
    assert.deepEqual(keys(json), ['files', 'summary']);
    assert.deepEqual(keys(json.summary), ['claims', 'contradicted', 'supported', 'unsupported']);
    assert.equal(json.files.length, 1);
    const file = json.files[0]!;
    assert.deepEqual(keys(file), ['claims', 'path']);
    assert.equal(file.path, 'draft.md');
    assert.ok(file.claims.length > 0);
    for (const c of file.claims) {
      const expected = ['evidence', 'kind', 'range', 'text', 'verdict', ...(c.suggestion !== undefined ? ['suggestion'] : [])].sort();
      assert.deepEqual(keys(c), expected, c.text);
      assert.ok(c.kind === 'number' || c.kind === 'name');
      assert.ok(['supported', 'unsupported', 'contradicted'].includes(c.verdict));
      assert.equal(typeof c.text, 'string');
      if (c.suggestion !== undefined) assert.equal(typeof c.suggestion, 'string');
      assert.deepEqual(keys(c.range), ['end', 'start']);
      for (const p of [c.range.start, c.range.end]) {
        assert.deepEqual(keys(p), ['character', 'line']);
        assert.ok(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0);
      }
      assert.ok(Array.isArray(c.evidence));
      for (const e of c.evidence) {
        assert.deepEqual(keys(e), ['line', 'sentence', 'source', ...(e.value !== undefined ? ['value'] : [])].sort());
        assert.ok(Number.isInteger(e.line) && e.line >= 1);
        assert.equal(typeof e.sentence, 'string');
        if (e.value !== undefined) assert.equal(typeof e.value, 'string');
      }
    }
  });

  test('lists every claim, supported ones too, and the summary counts them', () => {
    const claims = json.files[0]!.claims;
    const count = (v: string) => claims.filter((c) => c.verdict === v).length;
    assert.deepEqual(json.summary, { claims: claims.length, supported: count('supported'), unsupported: count('unsupported'), contradicted: count('contradicted') });
    assert.ok(count('supported') >= 2, 'supported claims are listed');
    for (const text of ['600', '3.47%', '4.7%', 'Igor Simich', 'Olaf Scholz', 'Boris Johnson']) assert.equal(claimsOf(json, text).length, 1, text);
  });

  test('600 troops: contradicted, suggestion 700, evidence cited on its 1-based source line', () => {
    const [c] = claimsOf(json, '600');
    assert.equal(c!.kind, 'number');
    assert.equal(c!.verdict, 'contradicted');
    assert.equal(c!.suggestion, '700');
    const e = c!.evidence.find((x) => x.value === '700');
    assert.ok(e, 'evidence with value 700');
    assert.match(e.source, /^corpus\/00\d_[0-9a-f]+\.txt$/);
    assert.match(e.sentence, /700 (more|already)/);
    const line = readFileSync(join(ws, e.source), 'utf8').split(/\r?\n/)[e.line - 1]!;
    assert.ok(line.includes(e.sentence.slice(0, 60)), `line ${e.line} of ${e.source} holds the sentence`);
    assert.deepEqual(c!.range, { start: { line: 0, character: 24 }, end: { line: 0, character: 27 } });
  });

  test('3.47% supported; 4.7% contradicted with suggestion 3.47%', () => {
    const [ok] = claimsOf(json, '3.47%');
    assert.equal(ok!.verdict, 'supported');
    assert.ok(ok!.evidence.some((e) => e.value === '3.47%' && e.source.startsWith('corpus/002_')));
    const [bad] = claimsOf(json, '4.7%');
    assert.equal(bad!.verdict, 'contradicted');
    assert.equal(bad!.suggestion, '3.47%');
  });

  test('names: a misspelling, a wrong role, an unknown person', () => {
    const [simich] = claimsOf(json, 'Igor Simich');
    assert.equal(simich!.kind, 'name');
    assert.notEqual(simich!.verdict, 'supported');
    assert.equal(simich!.suggestion, 'Igor Simic');
    assert.equal(claimsOf(json, 'Serbian List')[0]?.verdict, 'supported');
    assert.equal(claimsOf(json, 'Olaf Scholz')[0]!.verdict, 'contradicted');
    assert.equal(claimsOf(json, 'Boris Johnson')[0]!.verdict, 'unsupported');
    assert.equal(claimsOf(json, 'Pristina')[0]?.verdict, 'supported');
  });

  test('every range covers exactly its claim text', () => {
    for (const c of json.files[0]!.claims) assert.equal(sliceRange(DRAFT, c.range), c.text);
  });

  test('ranges count UTF-16 units after an emoji and lines after a CRLF line', () => {
    const text = 'The 😀 flag 🇽🇰 was raised at dawn.\r\nThe 😀 NATO said it would send 600 more troops to Kosovo.\r\nOnly 3.47% of eligible voters cast ballots.\r\n';
    write(ws, 'emoji.md', text);
    const r = runCli(['check', '--format', 'json', '--fail-on', 'never', 'emoji.md'], ws);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    const claims = report.files[0]!.claims;
    for (const c of claims) assert.equal(sliceRange(text, c.range), c.text);
    assert.deepEqual(claimsOf(report, '600')[0]!.range, { start: { line: 1, character: 31 }, end: { line: 1, character: 34 } });
    assert.deepEqual(claimsOf(report, '3.47%')[0]!.range.start, { line: 2, character: 5 });
  });

  test('a UTF-8 BOM does not shift the columns of line 1', () => {
    write(ws, 'bom.md', '\uFEFF' + DRAFT);
    const r = runCli(['check', '--format', 'json', '--fail-on', 'never', 'bom.md'], ws);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(claimsOf(JSON.parse(r.stdout) as JsonReport, '600')[0]!.range.start, { line: 0, character: 24 });
  });
});

describe('--format text', () => {
  test('one compiler-style line per flagged claim, then the summary', () => {
    const r = runCli(['check', 'draft.md'], ws);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.endsWith('\n'));
    const lines = r.stdout.slice(0, -1).split('\n');
    const flagged = json.files[0]!.claims.filter((c) => c.verdict !== 'supported');
    assert.equal(lines.length, flagged.length + 1);
    const findings = lines.slice(0, -1);
    for (const line of findings) assert.match(line, /^draft\.md:\d+:\d+: (error|warning): /);
    flagged.forEach((c, i) => {
      const severity = c.verdict === 'contradicted' ? 'error' : 'warning';
      assert.ok(findings[i]!.startsWith(`draft.md:${c.range.start.line + 1}:${c.range.start.character + 1}: ${severity}: ${c.text} is `), findings[i]);
    });
    const s = json.summary;
    assert.equal(lines.at(-1), `${s.claims} claims in 1 file: ${s.supported} supported, ${s.unsupported} unsupported, ${s.contradicted} contradicted`);
  });

  test('the 600 line says what the sources say and cites file:line', () => {
    const line = runCli(['check', 'draft.md'], ws).stdout.split('\n').find((l) => l.startsWith('draft.md:1:25: '));
    assert.ok(line);
    assert.match(line, /^draft\.md:1:25: error: 600 is contradicted: sources say 700\b.*\("[^"]+", corpus\/00\d_[0-9a-f]+\.txt:\d+\)$/);
    const boris = runCli(['check', 'draft.md'], ws).stdout.split('\n').find((l) => l.includes('Boris Johnson'));
    assert.match(boris!, /^draft\.md:11:1: warning: Boris Johnson is unsupported: /);
  });

  test('a name broken across lines stays on one report line', () => {
    write(ws, 'wrapped.md', 'Speaking to reporters, Igor\nSimich said nothing.\n');
    const r = runCli(['check', 'wrapped.md'], ws);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stdout);
    assert.match(lines[0]!, /^wrapped\.md:1:24: error: Igor Simich is misspelled: /);
    assert.equal(lines[1], '1 claim in 1 file: 0 supported, 0 unsupported, 1 contradicted');
  });

  test('a weekday before a name is not part of it', () => {
    write(ws, 'weekday.md', 'Yesterday Igor Simic spoke.\n');
    const report = JSON.parse(runCli(['check', '--format', 'json', 'weekday.md'], ws).stdout) as JsonReport;
    assert.equal(claimsOf(report, 'Igor Simic')[0]?.verdict, 'supported');
  });

  test('several drafts: findings per file and one summary', () => {
    write(ws, 'second.md', 'Boris Johnson visited Pristina.\n');
    const r = runCli(['check', 'draft.md', 'second.md'], ws);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines.at(-2)!, /^second\.md:1:1: warning: Boris Johnson is unsupported/);
    assert.match(lines.at(-1)!, /^\d+ claims in 2 files: /);
  });
});

describe('--format sarif', () => {
  test('SARIF 2.1.0 whose results point exactly at the flagged claims', () => {
    write(ws, 'my draft.md', DRAFT);
    const r = runCli(['check', '--format', 'sarif', '--fail-on', 'never', 'my draft.md'], ws);
    assert.equal(r.code, 0, r.stderr);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'factcheck');
    const ruleIds: string[] = run.tool.driver.rules.map((x: { id: string }) => x.id);
    const flagged = json.files[0]!.claims.filter((c) => c.verdict !== 'supported');
    assert.equal(run.results.length, flagged.length);
    run.results.forEach((res: any, i: number) => {
      const claim = flagged[i]!;
      assert.ok(ruleIds.includes(res.ruleId), res.ruleId);
      assert.equal(ruleIds[res.ruleIndex], res.ruleId);
      assert.equal(res.level, claim.verdict === 'contradicted' ? 'error' : 'warning');
      assert.equal(typeof res.message.text, 'string');
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'my%20draft.md');
      assert.equal(loc.region.startLine, claim.range.start.line + 1);
      assert.equal(loc.region.startColumn, claim.range.start.character + 1);
      assert.equal(sliceRegion(DRAFT, loc.region), claim.text);
    });
    const c600 = run.results.find((x: any) => x.locations[0].physicalLocation.region.snippet.text === '600');
    assert.equal(c600.ruleId, 'contradicted-number');
    assert.deepEqual([c600.locations[0].physicalLocation.region.startLine, c600.locations[0].physicalLocation.region.startColumn], [1, 25]);
    assert.equal(c600.properties.suggestion, '700');
    assert.match(c600.relatedLocations[0].physicalLocation.artifactLocation.uri, /^corpus\/00\d_[0-9a-f]+\.txt$/);
  });
});

describe('drafts: Markdown and plain text', () => {
  const FENCED = '```\nNATO sent 600 troops.\n```\n';

  test('a fenced code block in Markdown produces no claim', () => {
    write(ws, 'code.md', FENCED + '\nThe count was `600 troops` in the logs.\n\nSee [the report](https://example.com/600/troops).\n');
    const r = runCli(['check', '--format', 'json', 'code.md'], ws);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(claimsOf(report, '600'), []);
  });

  test('a .txt draft is plain text: the same lines are prose', () => {
    write(ws, 'code.txt', FENCED);
    const r = runCli(['check', '--format', 'json', 'code.txt'], ws);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.files[0]!.path, 'code.txt');
    const [c] = claimsOf(report, '600');
    assert.equal(c!.verdict, 'contradicted');
    assert.deepEqual(c!.range.start, { line: 1, character: 10 });
  });
});
