// The three report formats on hand-built claims: exact output, no engine involved.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CheckedClaim, Evidence } from '../../server/src/engine/types';
import { jsonReport } from '../../server/src/report/jsonReport';
import { sarifReport } from '../../server/src/report/sarifReport';
import { summarise, type CheckedFile } from '../../server/src/report/summary';
import { textReport } from '../../server/src/report/textReport';

const EVIDENCE_700: Evidence = {
  path: '/abs/corpus/000.txt',
  displayPath: 'corpus/000.txt',
  range: { start: { line: 6, character: 0 }, end: { line: 6, character: 40 } },
  sentence: 'NATO would send 700 more troops.',
  value: '700',
};

function claim(over: Partial<CheckedClaim> & Pick<CheckedClaim, 'text' | 'verdict' | 'code'>): CheckedClaim {
  return {
    kind: 'number',
    range: { start: { line: 2, character: 11 }, end: { line: 2, character: 14 } },
    offsets: { start: 0, end: 0 },
    sentence: 'NATO would send 600 more troops.',
    message: 'message',
    evidence: [],
    ...over,
  };
}

const C600 = claim({
  text: '600',
  verdict: 'contradicted',
  code: 'contradicted-number',
  message: 'sources say 700 ("NATO would send 700 more troops.", corpus/000.txt:7)',
  suggestion: '700',
  evidence: [EVIDENCE_700],
});
const NATO = claim({
  kind: 'name',
  text: 'NATO',
  verdict: 'supported',
  code: 'supported-name',
  range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } },
  evidence: [{ ...EVIDENCE_700, value: 'NATO' }],
});
const SIMICH = claim({
  kind: 'name',
  text: 'Igor Simich',
  verdict: 'contradicted',
  code: 'misspelled-name',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } },
  message: 'sources spell it Igor Simic',
  suggestion: 'Igor Simic',
});
const BORIS = claim({
  kind: 'name',
  text: 'Boris\nJohnson',
  verdict: 'unsupported',
  code: 'unsupported-name',
  range: { start: { line: 4, character: 6 }, end: { line: 5, character: 7 } },
  message: 'no source mentions Boris\nJohnson',
  evidence: [{ ...EVIDENCE_700, value: undefined, range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } } }],
});
const FILES: CheckedFile[] = [
  { path: 'draft.md', claims: [SIMICH, NATO, C600] },
  { path: 'notes/other draft.txt', claims: [BORIS] },
];

describe('jsonReport', () => {
  test('the documented shape, every claim listed, optional keys only when set', () => {
    const out = JSON.parse(JSON.stringify(jsonReport(FILES)));
    assert.deepEqual(out.files[0].claims[2], {
      kind: 'number',
      text: '600',
      range: { start: { line: 2, character: 11 }, end: { line: 2, character: 14 } },
      verdict: 'contradicted',
      suggestion: '700',
      evidence: [{ source: 'corpus/000.txt', line: 7, sentence: 'NATO would send 700 more troops.', value: '700' }],
    });
    assert.deepEqual(Object.keys(out.files[0].claims[1]), ['kind', 'text', 'range', 'verdict', 'evidence']);
    assert.deepEqual(out.files[1], {
      path: 'notes/other draft.txt',
      claims: [
        {
          kind: 'name',
          text: 'Boris\nJohnson',
          range: { start: { line: 4, character: 6 }, end: { line: 5, character: 7 } },
          verdict: 'unsupported',
          evidence: [{ source: 'corpus/000.txt', line: 1, sentence: 'NATO would send 700 more troops.' }],
        },
      ],
    });
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['draft.md', 'notes/other draft.txt']);
    assert.deepEqual(out.summary, { claims: 4, supported: 1, unsupported: 1, contradicted: 2 });
  });

  test('no files: an empty list and zero counts', () => {
    assert.deepEqual(jsonReport([]), { files: [], summary: { claims: 0, supported: 0, unsupported: 0, contradicted: 0 } });
  });
});

describe('textReport', () => {
  test('exact lines: flagged claims only, 1-based positions, then the summary', () => {
    assert.equal(
      textReport(FILES),
      [
        'draft.md:1:1: error: Igor Simich is misspelled: sources spell it Igor Simic',
        'draft.md:3:12: error: 600 is contradicted: sources say 700 ("NATO would send 700 more troops.", corpus/000.txt:7)',
        'notes/other draft.txt:5:7: warning: Boris Johnson is unsupported: no source mentions Boris Johnson',
        '4 claims in 2 files: 1 supported, 1 unsupported, 2 contradicted',
        '',
      ].join('\n'),
    );
  });

  test('singular and zero counts in the summary', () => {
    assert.equal(textReport([{ path: 'a.md', claims: [NATO] }]), '1 claim in 1 file: 1 supported, 0 unsupported, 0 contradicted\n');
    assert.equal(textReport([{ path: 'a.md', claims: [] }, { path: 'b.md', claims: [] }]), '0 claims in 2 files: 0 supported, 0 unsupported, 0 contradicted\n');
  });

  test('summarise counts each verdict', () => {
    assert.deepEqual(summarise(FILES), { claims: 4, supported: 1, unsupported: 1, contradicted: 2 });
  });
});

describe('sarifReport', () => {
  const sarif = JSON.parse(JSON.stringify(sarifReport(FILES, '9.9.9')));
  const run = sarif.runs[0];
  const results = run.results;

  test('SARIF 2.1.0 header and tool', () => {
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(sarif.runs.length, 1);
    assert.equal(run.tool.driver.name, 'factcheck');
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    for (const rule of run.tool.driver.rules) assert.equal(typeof rule.shortDescription.text, 'string');
  });

  test('one result per flagged claim, with its rule, level and message', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.deepEqual(results.map((r: { ruleId: string }) => r.ruleId), ['misspelled-name', 'contradicted-number', 'unsupported-name']);
    for (const r of results) assert.equal(ids[r.ruleIndex], r.ruleId);
    assert.deepEqual(results.map((r: { level: string }) => r.level), ['error', 'error', 'warning']);
    assert.equal(results[1].message.text, '600 is contradicted: sources say 700 ("NATO would send 700 more troops.", corpus/000.txt:7)');
    assert.deepEqual(results[1].properties, { suggestion: '700' });
    assert.equal(results[2].properties, undefined);
  });

  test('regions are 1-based with an exclusive end column', () => {
    assert.deepEqual(results[1].locations[0].physicalLocation.region, { startLine: 3, startColumn: 12, endLine: 3, endColumn: 15, snippet: { text: '600' } });
    assert.deepEqual(results[2].locations[0].physicalLocation.region, { startLine: 5, startColumn: 7, endLine: 6, endColumn: 8, snippet: { text: 'Boris\nJohnson' } });
    assert.deepEqual(results[1].relatedLocations, [
      {
        id: 0,
        message: { text: 'NATO would send 700 more troops.' },
        physicalLocation: { artifactLocation: { uri: 'corpus/000.txt' }, region: { startLine: 7, startColumn: 1 } },
      },
    ]);
  });

  test('uris: relative paths percent-encoded segment by segment, absolute paths as file: URIs', () => {
    const uriOf = (path: string) => {
      const out = JSON.parse(JSON.stringify(sarifReport([{ path, claims: [C600] }], '1')));
      return out.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    };
    assert.equal(results[2].locations[0].physicalLocation.artifactLocation.uri, 'notes/other%20draft.txt');
    assert.equal(uriOf('my drafts/draft one.md'), 'my%20drafts/draft%20one.md');
    assert.equal(uriOf('notes\\win draft.md'), 'notes/win%20draft.md');
    assert.equal(uriOf('a#b?c%d.md'), 'a%23b%3Fc%25d.md');
    assert.equal(uriOf('../up/draft.md'), '../up/draft.md');
    if (process.platform !== 'win32') assert.equal(uriOf('/home/me/my draft.md'), 'file:///home/me/my%20draft.md');
  });

  test('no flagged claims: an empty results list', () => {
    const out = JSON.parse(JSON.stringify(sarifReport([{ path: 'a.md', claims: [NATO] }], '1')));
    assert.deepEqual(out.runs[0].results, []);
  });
});
