// Maps the engine's verdicts to LSP diagnostics: severity from the settings, the engine's one-line
// message, and related information that opens the source sentence the verdict rests on.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver-protocol';
import type { CheckedClaim, Evidence, FindingCode } from '../engine/types';
import { DIAGNOSTIC_SOURCE, type ClaimCounts, type FactCheckSettings, type SeveritySetting } from '../protocol';
import { fileUri } from './uris';

/** Carried in `Diagnostic.data` so a code action can tell whether the diagnostic still fits the text. */
export interface ClaimDiagnosticData {
  version: number;
  text: string;
  code: FindingCode;
}

const MAX_RELATED = 3;
const MAX_QUOTE = 200;

export function toDiagnostics(claims: readonly CheckedClaim[], settings: FactCheckSettings, version: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const claim of claims) {
    const diagnostic = toDiagnostic(claim, settings, version);
    if (diagnostic) out.push(diagnostic);
  }
  return out;
}

/** Undefined for supported claims and for verdicts whose severity is `off`. */
export function toDiagnostic(claim: CheckedClaim, settings: FactCheckSettings, version: number): Diagnostic | undefined {
  if (claim.verdict === 'supported') return undefined;
  const severity = toSeverity(claim.verdict === 'contradicted' ? settings.severity.contradicted : settings.severity.unsupported);
  if (severity === undefined) return undefined;
  const data: ClaimDiagnosticData = { version, text: claim.text, code: claim.code };
  const diagnostic: Diagnostic = {
    range: claim.range,
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: claim.code,
    message: claim.message,
    data,
  };
  const related = distinctEvidence(claim.evidence).slice(0, MAX_RELATED).map(relatedInformation);
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function toSeverity(setting: SeveritySetting): DiagnosticSeverity | undefined {
  switch (setting) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    case 'off':
      return undefined;
  }
}

export function countClaims(claims: readonly CheckedClaim[]): ClaimCounts {
  const counts: ClaimCounts = { supported: 0, unsupported: 0, contradicted: 0 };
  for (const claim of claims) counts[claim.verdict]++;
  return counts;
}

/** Reads the data a diagnostic of ours carries; undefined for anyone else's diagnostic. */
export function claimData(diagnostic: Diagnostic): ClaimDiagnosticData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as Partial<ClaimDiagnosticData> | undefined;
  if (!data || typeof data.version !== 'number' || typeof data.text !== 'string' || typeof data.code !== 'string') {
    return undefined;
  }
  return data as ClaimDiagnosticData;
}

/** Evidence without repeats of one source sentence (a sentence can support a claim in two ways). */
export function distinctEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.path}\u0000${e.range.start.line}:${e.range.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function relatedInformation(evidence: Evidence): DiagnosticRelatedInformation {
  const where = evidence.date ? `${evidence.displayPath}, ${evidence.date}` : evidence.displayPath;
  return {
    location: { uri: fileUri(evidence.path), range: evidence.range },
    message: `${where}: "${truncate(oneLine(evidence.sentence), MAX_QUOTE)}"`,
  };
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
