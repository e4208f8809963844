// SARIF 2.1.0, the format GitHub code scanning reads. Only flagged claims are results.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FindingCode } from '../engine/types';
import { isFlagged, type CheckedFile } from './summary';

const RULES: Array<{ id: FindingCode; text: string }> = [
  { id: 'contradicted-number', text: 'The sources give another figure for the same thing.' },
  { id: 'contradicted-name', text: 'The sources give this role to someone else.' },
  { id: 'misspelled-name', text: 'The sources spell this name differently.' },
  { id: 'unsupported-number', text: 'No source gives this figure.' },
  { id: 'unsupported-name', text: 'No source mentions this name.' },
];

/** A relative path stays relative (GitHub resolves it against the checkout); an absolute one becomes a file: URI. */
function uri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function sarifReport(files: CheckedFile[], version: string): object {
  const results = files.flatMap((file) =>
    file.claims.filter(isFlagged).map((claim) => ({
      ruleId: claim.code,
      ruleIndex: RULES.findIndex((r) => r.id === claim.code),
      level: claim.verdict === 'contradicted' ? 'error' : 'warning',
      message: { text: `${claim.text} is ${claim.verdict}: ${claim.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(file.path) },
            region: {
              startLine: claim.range.start.line + 1,
              startColumn: claim.range.start.character + 1,
              endLine: claim.range.end.line + 1,
              endColumn: claim.range.end.character + 1,
              snippet: { text: claim.text },
            },
          },
        },
      ],
      relatedLocations: claim.evidence.map((e, i) => ({
        id: i,
        message: { text: e.sentence },
        physicalLocation: {
          artifactLocation: { uri: uri(e.displayPath) },
          region: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1 },
        },
      })),
      ...(claim.suggestion !== undefined ? { properties: { suggestion: claim.suggestion } } : {}),
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factcheck',
            version,
            rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.text } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
