// Quick fixes and source actions for a draft, computed against one version of its text. Each edit is a
// versioned TextDocumentEdit, so a client refuses it once the document has moved on.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedClaim, DraftLanguage, Evidence } from '../engine/types';
import { IGNORE_NEXT_LINE, ServerCommands, type CitationStyle } from '../protocol';
import { citationEdits, eolOf, sentenceEnd, type CitationRequest, type OffsetEdit } from './citations';
import { claimData } from './diagnostics';

export const CITE_ALL_KIND = `${CodeActionKind.Source}.factcheck.citeAll`;

export interface ActionContext {
  document: TextDocument;
  language: DraftLanguage;
  /** The claims of exactly `document.version`. */
  claims: readonly CheckedClaim[];
  citationStyle: CitationStyle;
  stems: ReadonlyMap<string, string>;
  /** Client accepts versioned `documentChanges`; else plain `changes` are sent. */
  documentChanges: boolean;
}

export function codeActions(
  ctx: ActionContext,
  range: Range,
  diagnostics: readonly Diagnostic[],
  only: readonly string[] | undefined,
): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  const ours = diagnostics.filter((d) => claimData(d));
  // With diagnostics in the request, act on exactly those that still fit the text; a diagnostic from an
  // older version whose claim has moved or changed gets nothing rather than an edit in the wrong place.
  const targets: Array<{ claim: CheckedClaim; diagnostic?: Diagnostic }> = [];
  for (const diagnostic of ours) {
    const claim = ctx.claims.find((c) => sameRange(c.range, diagnostic.range) && c.text === claimData(diagnostic)!.text);
    if (claim && isIntact(ctx.document, claim)) targets.push({ claim, diagnostic });
  }
  for (const claim of ctx.claims) {
    if (!intersects(claim.range, range) || !isIntact(ctx.document, claim)) continue;
    if (targets.some((t) => t.claim === claim)) continue;
    // When the request names diagnostics of ours, wrong claims are acted on through those alone (above);
    // supported claims never have a diagnostic, so they are always found from the range.
    if (claim.verdict === 'supported' || ours.length === 0) targets.push({ claim });
  }
  if (wants(CodeActionKind.QuickFix)) {
    for (const target of targets) actions.push(...claimActions(ctx, target.claim, target.diagnostic));
  }
  if (wants(CITE_ALL_KIND)) {
    const all = citeAllEdit(ctx);
    if (all) actions.push({ title: 'Cite all supported claims in this document', kind: CITE_ALL_KIND, edit: all });
  }
  return actions;
}

function claimActions(ctx: ActionContext, claim: CheckedClaim, diagnostic?: Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  const fix = (title: string, edits: TextEdit[], isPreferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    edit: workspaceEdit(ctx, edits),
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    ...(isPreferred ? { isPreferred } : {}),
  });
  const suggestion = claim.suggestion;
  if (suggestion && suggestion !== claim.text) {
    if (claim.code === 'misspelled-name') {
      actions.push(fix(`Correct the spelling to ${suggestion}`, [{ range: claim.range, newText: suggestion }], true));
    } else if (claim.verdict === 'contradicted') {
      actions.push(fix(`Replace ${claim.text} with ${suggestion}`, [{ range: claim.range, newText: suggestion }], true));
    }
  }
  if (claim.verdict === 'supported') {
    const request = citationRequest(claim, claim.evidence[0]!, ctx.stems);
    const edits = claim.evidence.length > 0 ? citationEdits(ctx.document.getText(), ctx.language, ctx.citationStyle, [request]) : [];
    if (edits.length > 0) actions.push(fix('Insert citation', toTextEdits(ctx.document, edits)));
    return actions;
  }
  if (ctx.language === 'markdown') actions.push(fix('Ignore this claim', [ignoreEdit(ctx.document, claim.range.start.line)]));
  if (claim.kind === 'name') {
    actions.push({
      title: `Add ${claim.text} to the allowed list`,
      kind: CodeActionKind.QuickFix,
      ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
      command: {
        title: `Add ${claim.text} to the allowed list`,
        command: ServerCommands.allowName,
        arguments: [{ uri: ctx.document.uri, name: claim.text }],
      },
    });
  }
  return actions;
}

/**
 * One edit citing every supported claim outside headings; undefined when there is none left to cite.
 * Claims of one sentence share a citation where one source sentence supports several of them, so a
 * sentence gets as few footnotes as its claims need.
 */
export function citeAllEdit(ctx: ActionContext): WorkspaceEdit | undefined {
  const text = ctx.document.getText();
  const supported = ctx.claims.filter(
    (c) =>
      c.verdict === 'supported' &&
      c.evidence.length > 0 &&
      isIntact(ctx.document, c) &&
      !(ctx.language === 'markdown' && /^ {0,3}#{1,6}(\s|$)/.test(lineOf(ctx.document, c.range.start.line))),
  );
  const bySentence = new Map<number, CheckedClaim[]>();
  for (const claim of supported) {
    const end = sentenceEnd(text, { claim: claim.offsets, sentence: claim.sentence });
    bySentence.set(end, [...(bySentence.get(end) ?? []), claim]);
  }
  const requests: CitationRequest[] = [];
  for (const claims of bySentence.values()) {
    let uncovered = claims;
    while (uncovered.length > 0) {
      const best = mostSupportive(uncovered);
      requests.push(citationRequest(uncovered[0]!, best, ctx.stems));
      uncovered = uncovered.filter((c) => !c.evidence.some((e) => evidenceKey(e) === evidenceKey(best)));
    }
  }
  if (requests.length === 0) return undefined;
  const edits = citationEdits(text, ctx.language, ctx.citationStyle, requests);
  return edits.length > 0 ? workspaceEdit(ctx, toTextEdits(ctx.document, edits)) : undefined;
}

/** The source sentence that supports the most of `claims` (ties: the first claim's best evidence). */
function mostSupportive(claims: readonly CheckedClaim[]): Evidence {
  const counts = new Map<string, { evidence: Evidence; n: number }>();
  for (const claim of claims) {
    for (const evidence of new Map(claim.evidence.map((e) => [evidenceKey(e), e])).values()) {
      const entry = counts.get(evidenceKey(evidence)) ?? { evidence, n: 0 };
      entry.n++;
      counts.set(evidenceKey(evidence), entry);
    }
  }
  let best = { evidence: claims[0]!.evidence[0]!, n: 0 };
  for (const entry of counts.values()) if (entry.n > best.n) best = entry;
  return best.evidence;
}

function evidenceKey(e: Evidence): string {
  return `${e.path}\u0000${e.range.start.line}:${e.range.start.character}`;
}

function citationRequest(claim: CheckedClaim, evidence: Evidence, stems: ReadonlyMap<string, string>): CitationRequest {
  const source = {
    displayPath: evidence.displayPath,
    sentence: evidence.sentence,
    ...(evidence.date ? { date: evidence.date } : {}),
    ...(stems.has(evidence.path) ? { stem: stems.get(evidence.path)! } : {}),
  };
  return { claim: claim.offsets, sentence: claim.sentence, source };
}

function lineOf(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
}

/** Puts the ignore comment on its own line above `line`, indented like it so lists stay lists. */
export function ignoreEdit(document: TextDocument, line: number): TextEdit {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const at = { line, character: 0 };
  // The line's own ending (a draft may use CRLF or a lone CR): mixed line endings would corrupt it.
  const eol = /\r\n$|\r$|\n$/.exec(text)?.[0] ?? eolOf(document.getText());
  return { range: { start: at, end: at }, newText: `${indent}${IGNORE_NEXT_LINE}${eol}` };
}

function workspaceEdit(ctx: ActionContext, edits: TextEdit[]): WorkspaceEdit {
  const { uri, version } = ctx.document;
  return ctx.documentChanges
    ? { documentChanges: [{ textDocument: { uri, version }, edits }] }
    : { changes: { [uri]: edits } };
}

function toTextEdits(document: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
}

/** The claim's text is where the engine says, so an edit at its range changes exactly the claim. */
function isIntact(document: TextDocument, claim: CheckedClaim): boolean {
  return document.getText().slice(claim.offsets.start, claim.offsets.end) === claim.text;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
