// Compiler-style lines (file:line:column: severity: message) that editors and CI logs link to.
import type { CheckedClaim } from '../engine/types';
import { isFlagged, summarise, type CheckedFile } from './summary';

function line(path: string, claim: CheckedClaim): string {
  const { line: l, character } = claim.range.start;
  const severity = claim.verdict === 'contradicted' ? 'error' : 'warning';
  const what = claim.code === 'misspelled-name' ? 'misspelled' : claim.verdict;
  return `${path}:${l + 1}:${character + 1}: ${severity}: ${claim.text} is ${what}: ${claim.message}`;
}

export function textReport(files: CheckedFile[]): string {
  const out: string[] = [];
  for (const file of files) for (const claim of file.claims) if (isFlagged(claim)) out.push(line(file.path, claim));
  const s = summarise(files);
  const fileWord = files.length === 1 ? 'file' : 'files';
  out.push(`${s.claims} claims in ${files.length} ${fileWord}: ${s.supported} supported, ${s.unsupported} unsupported, ${s.contradicted} contradicted`);
  return out.join('\n') + '\n';
}
