// Compiler-style lines (file:line:column: severity: message) that editors and CI logs link to.
import type { CheckedClaim } from '../engine/types';
import { isFlagged, summarise, type CheckedFile } from './summary';

/** A name can wrap across lines in the draft; each finding must still be one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function line(path: string, claim: CheckedClaim): string {
  const { line: l, character } = claim.range.start;
  const severity = claim.verdict === 'contradicted' ? 'error' : 'warning';
  const what = claim.code === 'misspelled-name' ? 'misspelled' : claim.verdict;
  return `${path}:${l + 1}:${character + 1}: ${severity}: ${oneLine(claim.text)} is ${what}: ${oneLine(claim.message)}`;
}

export function textReport(files: CheckedFile[]): string {
  const out: string[] = [];
  for (const file of files) for (const claim of file.claims) if (isFlagged(claim)) out.push(line(file.path, claim));
  const s = summarise(files);
  const fileWord = files.length === 1 ? 'file' : 'files';
  const claimWord = s.claims === 1 ? 'claim' : 'claims';
  out.push(`${s.claims} ${claimWord} in ${files.length} ${fileWord}: ${s.supported} supported, ${s.unsupported} unsupported, ${s.contradicted} contradicted`);
  return out.join('\n') + '\n';
}
