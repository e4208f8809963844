// The JSON report: a fixed shape other tools and the tests rely on. Lines in evidence are 1-based,
// claim ranges are LSP ranges (0-based) in the draft.
import type { CheckedFile } from './summary';
import { summarise } from './summary';

export function jsonReport(files: CheckedFile[]): object {
  return {
    files: files.map((file) => ({
      path: file.path,
      claims: file.claims.map((c) => ({
        kind: c.kind,
        text: c.text,
        range: c.range,
        verdict: c.verdict,
        ...(c.suggestion !== undefined ? { suggestion: c.suggestion } : {}),
        evidence: c.evidence.map((e) => ({
          source: e.displayPath,
          line: e.range.start.line + 1,
          sentence: e.sentence,
          ...(e.value !== undefined ? { value: e.value } : {}),
        })),
      })),
    })),
    summary: summarise(files),
  };
}
