// Builds the hover for one claim as Markdown. Source articles are untrusted text: every character that
// Markdown, HTML or an editor's renderer could act on is escaped, so a source can show text and nothing
// else (no links, images, raw HTML, command URIs or theme icons). Only the links we build are live.
import type { CheckedClaim, Evidence, FindingCode } from '../engine/types';
import { distinctEvidence, oneLine, truncate } from './diagnostics';
import { fileUri } from './uris';

const MAX_SOURCES = 3;
const MAX_QUOTE = 400;

const LABELS: Record<FindingCode, string> = {
  'supported-number': 'Supported',
  'supported-name': 'Supported',
  'contradicted-number': 'Contradicted',
  'contradicted-name': 'Contradicted',
  'misspelled-name': 'Misspelled',
  'unsupported-number': 'Unsupported',
  'unsupported-name': 'Unsupported',
};

export function hoverMarkdown(claim: CheckedClaim): string {
  const evidence = distinctEvidence(claim.evidence);
  // The engine's message ends with a short quote of the best source, which the hover quotes in full below.
  const message = evidence.length > 0 ? oneLine(claim.message).replace(/ \(".*", [^,()]+:\d+\)$/, '') : oneLine(claim.message);
  const parts: string[] = [`**Fact Check: ${LABELS[claim.code]}** — ${escapeMarkdown(message)}`];
  const shown = evidence.slice(0, MAX_SOURCES);
  if (shown.length === 0) parts.push('_No source sentence mentions this._');
  for (const e of shown) parts.push(quote(e));
  if (evidence.length > shown.length) parts.push(`_and ${evidence.length - shown.length} more source sentence(s)_`);
  return parts.join('\n\n---\n\n');
}

function quote(evidence: Evidence): string {
  const line = evidence.range.start.line + 1;
  const target = `${fileUri(evidence.path)}#L${line}`;
  const name = `${escapeMarkdown(evidence.displayPath)}:${line}`;
  const date = evidence.date ? ` · ${escapeMarkdown(evidence.date)}` : '';
  return `> ${escapeMarkdown(truncate(oneLine(evidence.sentence), MAX_QUOTE))}\n\n— [${name}](${target})${date}`;
}

/**
 * Escapes text for CommonMark and the extensions editors add (GFM autolinks, tables, strikethrough,
 * `$(icon)` syntax). Backslash-escaping every ASCII punctuation character is valid CommonMark and
 * leaves the text as written; it also breaks `www.` and `scheme:` autolinks apart.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&=:$@^]/g, '\\$&');
}
