// Counting verdicts, shared by every report format.
import type { CheckedClaim, Verdict } from '../engine/types';

export interface CheckedFile {
  /** As given on the command line (or the document's path relative to the workspace). */
  path: string;
  claims: CheckedClaim[];
}

export type Summary = { claims: number } & Record<Verdict, number>;

export function summarise(files: CheckedFile[]): Summary {
  const summary: Summary = { claims: 0, supported: 0, unsupported: 0, contradicted: 0 };
  for (const file of files) {
    for (const claim of file.claims) {
      summary.claims++;
      summary[claim.verdict]++;
    }
  }
  return summary;
}

/** Flagged claims are reported; supported ones only count. */
export function isFlagged(claim: CheckedClaim): boolean {
  return claim.verdict !== 'supported';
}
