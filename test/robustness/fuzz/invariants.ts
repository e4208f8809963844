// What must hold for any draft, whatever its content: ranges inside the document and on their text, and
// quick-fix edits that apply cleanly (positions that exist, no overlap, nothing split) and change only
// what they say they change. Each check throws an Error naming the broken rule.
import type { CodeAction, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

/** An offset that falls between the halves of a surrogate pair, or of a CRLF. */
function splits(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const pair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return pair || (before === 13 && after === 10);
}

/** A position that names an existing place in `doc` (a client would otherwise clamp it somewhere else). */
export function assertPosition(doc: TextDocument, position: Range['start'], what: string): number {
  const offset = doc.offsetAt(position);
  const back = doc.positionAt(offset);
  if (back.line !== position.line || back.character !== position.character) {
    fail(`${what}: position ${JSON.stringify(position)} is not in the document (it reads as ${JSON.stringify(back)})`);
  }
  if (splits(doc.getText(), offset)) fail(`${what}: position ${JSON.stringify(position)} splits a character or a CRLF`);
  return offset;
}

/** A range inside `doc`, start before end, on `text` when given. Returns its offsets. */
export function assertRange(doc: TextDocument, range: Range, what: string, text?: string): { start: number; end: number } {
  const start = assertPosition(doc, range.start, `${what} start`);
  const end = assertPosition(doc, range.end, `${what} end`);
  if (start > end) fail(`${what}: range ${JSON.stringify(range)} ends before it starts`);
  if (text !== undefined && doc.getText().slice(start, end) !== text) {
    fail(`${what}: range ${JSON.stringify(range)} holds ${JSON.stringify(doc.getText().slice(start, end))}, not ${JSON.stringify(text)}`);
  }
  return { start, end };
}

/** The edits of `edit` for `doc`, refusing edits for another version or another document. */
function editsFor(doc: TextDocument, edit: WorkspaceEdit, what: string): TextEdit[] {
  const edits: TextEdit[] = [...(edit.changes?.[doc.uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) fail(`${what}: a resource operation (${change.kind})`);
    if (change.textDocument.uri !== doc.uri) fail(`${what}: edits another document, ${change.textDocument.uri}`);
    if (change.textDocument.version !== doc.version) fail(`${what}: edit for version ${change.textDocument.version}, document at ${doc.version}`);
    edits.push(...(change.edits as TextEdit[]));
  }
  for (const uri of Object.keys(edit.changes ?? {})) if (uri !== doc.uri) fail(`${what}: edits another document, ${uri}`);
  return edits;
}

/**
 * Applies a code action's edit the way an editor does and checks it: every position exists, no two edits
 * overlap, and outside the edited ranges the text is byte-identical. Returns the new text.
 */
export function applyAction(doc: TextDocument, action: CodeAction, expected?: { replaces: string } | 'insertions'): string {
  const what = `"${action.title}"`;
  if (!action.edit) return doc.getText();
  const edits = editsFor(doc, action.edit, what);
  const spans = edits
    .map((e) => ({ ...assertRange(doc, e.range, what), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) fail(`${what}: edits overlap at ${spans[i]!.start}`);
  }
  const text = doc.getText();
  if (expected === 'insertions') {
    const replacing = spans.find((s) => s.start !== s.end);
    if (replacing) fail(`${what}: replaces ${JSON.stringify(text.slice(replacing.start, replacing.end))} where it should only insert`);
  } else if (expected) {
    if (spans.length !== 1) fail(`${what}: ${spans.length} edits where one replacement was expected`);
    const replaced = text.slice(spans[0]!.start, spans[0]!.end);
    if (replaced !== expected.replaces) fail(`${what}: replaces ${JSON.stringify(replaced)}, not the claim ${JSON.stringify(expected.replaces)}`);
  }
  // Rebuilt from the untouched pieces and the new text alone, compared with what an editor produces.
  let rebuilt = '';
  let at = 0;
  for (const span of spans) {
    rebuilt += text.slice(at, span.start) + span.newText;
    at = span.end;
  }
  rebuilt += text.slice(at);
  const applied = TextDocument.applyEdits(doc, edits);
  if (applied !== rebuilt) fail(`${what}: the edit does not apply cleanly`);
  return applied;
}

/**
 * What an action may change: a title like "Replace 600 with 700" or "Correct the spelling to X" names the
 * claim it replaces; citing and ignoring only insert text.
 */
export function expectedChange(action: CodeAction, claims: ReadonlyArray<{ text: string; suggestion?: string }>): { replaces: string } | 'insertions' | undefined {
  if (/^(Insert citation|Ignore this claim|Cite all supported claims)/.test(action.title)) return 'insertions';
  const replace = /^Replace (.*) with (.*)$/s.exec(action.title);
  if (replace) return { replaces: replace[1]! };
  const spelling = /^Correct the spelling to (.*)$/s.exec(action.title);
  if (spelling) {
    const claim = claims.find((c) => c.suggestion === spelling[1]);
    return claim ? { replaces: claim.text } : undefined;
  }
  return undefined;
}
