import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import type { CheckedClaim, Evidence } from '../../server/src/engine/types';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { claimData, countClaims, toDiagnostics } from '../../server/src/lsp/diagnostics';

const evidence: Evidence = {
  path: '/ws/corpus/001 (AP).txt',
  displayPath: 'corpus/001 (AP).txt',
  date: '2023-06-01',
  range: { start: { line: 16, character: 0 }, end: { line: 16, character: 60 } },
  sentence: 'NATO said it would send 700\n more troops.',
  value: '700',
};

function claim(overrides: Partial<CheckedClaim>): CheckedClaim {
  return {
    kind: 'number',
    text: '600',
    range: { start: { line: 2, character: 10 }, end: { line: 2, character: 13 } },
    offsets: { start: 40, end: 43 },
    sentence: 'NATO will send 600 more troops.',
    verdict: 'contradicted',
    code: 'contradicted-number',
    message: 'sources say 700 more troops',
    suggestion: '700',
    evidence: [evidence, evidence],
    ...overrides,
  };
}

test('a contradiction is an error on the claim, saying what the sources say and where', () => {
  const [d] = toDiagnostics([claim({})], DEFAULT_SETTINGS, 7);
  assert.deepEqual(d, {
    range: { start: { line: 2, character: 10 }, end: { line: 2, character: 13 } },
    severity: DiagnosticSeverity.Error,
    source: 'factcheck',
    code: 'contradicted-number',
    message: 'sources say 700 more troops',
    data: { version: 7, text: '600', code: 'contradicted-number' },
    // The same source sentence twice is shown once; the link opens the sentence in the source file.
    relatedInformation: [
      {
        location: { uri: 'file:///ws/corpus/001%20%28AP%29.txt', range: evidence.range },
        message: 'corpus/001 (AP).txt, 2023-06-01: "NATO said it would send 700 more troops."',
      },
    ],
  });
  assert.deepEqual(claimData(d!), { version: 7, text: '600', code: 'contradicted-number' });
});

test('severities follow the settings; supported claims and "off" give no diagnostic', () => {
  const claims = [
    claim({}),
    claim({ verdict: 'unsupported', code: 'unsupported-name', kind: 'name', text: 'Marko Petrovic', evidence: [] }),
    claim({ verdict: 'supported', code: 'supported-number', text: '700' }),
  ];
  const defaults = toDiagnostics(claims, DEFAULT_SETTINGS, 1);
  assert.deepEqual(defaults.map((d) => [d.code, d.severity]), [
    ['contradicted-number', DiagnosticSeverity.Error],
    ['unsupported-name', DiagnosticSeverity.Warning],
  ]);
  assert.equal(defaults[1]!.relatedInformation, undefined);
  const custom = toDiagnostics(claims, { ...DEFAULT_SETTINGS, severity: { contradicted: 'hint', unsupported: 'off' } }, 1);
  assert.deepEqual(custom.map((d) => [d.code, d.severity]), [['contradicted-number', DiagnosticSeverity.Hint]]);
  assert.deepEqual(countClaims(claims), { supported: 1, unsupported: 1, contradicted: 1 });
});

test('diagnostics from other tools are not taken for ours', () => {
  assert.equal(claimData({ range: evidence.range, message: 'x', source: 'cSpell', data: { version: 1, text: 'a', code: 'b' } }), undefined);
  assert.equal(claimData({ range: evidence.range, message: 'x', source: 'factcheck' }), undefined);
});
