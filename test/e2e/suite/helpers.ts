// What the extension tests share: the running extension's API, polling with deadlines (never fixed sleeps),
// and short views of diagnostics and code actions that read well in assertion failures.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FactCheckApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'draft-fact-check.draft-fact-check';

export async function factCheck(): Promise<FactCheckApi> {
  const extension = vscode.extensions.getExtension<FactCheckApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded: is extensionDevelopmentPath the repository?`);
  return extension.activate();
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return folder.uri;
}

export function fileIn(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...segments);
}

export async function openDraft(name: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(fileIn(name));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/**
 * Polls `probe` every 50 ms until it returns something other than undefined or false, and returns that.
 * On the deadline it fails with `what` and, when given, the state `describe` reports at that moment.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  options: { timeoutMs?: number; describe?: () => unknown } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const state = options.describe ? `; last state: ${JSON.stringify(options.describe())}` : '';
      throw new Error(`timed out waiting for ${what}${state}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls for `periodMs` that `holds` stays true: the way to see that something does NOT happen. */
export async function holdsFor(what: string, periodMs: number, holds: () => boolean, describe?: () => unknown): Promise<void> {
  const end = Date.now() + periodMs;
  while (Date.now() < end) {
    if (!holds()) throw new Error(`${what} stopped holding${describe ? `: ${JSON.stringify(describe())}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factcheck');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'] as const;

/** [code, the text under the diagnostic, severity] for each of our diagnostics. */
export function summary(document: vscode.TextDocument): Array<[string, string, string]> {
  return ours(document.uri).map((d) => [codeOf(d), document.getText(d.range), SEVERITY[d.severity]]);
}

export function sameSummary(document: vscode.TextDocument, expected: Array<[string, string, string]>): boolean {
  return JSON.stringify(summary(document)) === JSON.stringify(expected);
}

/** Waits for the server's first check of a draft (a status notification with its counts). */
export async function checked(api: FactCheckApi, document: vscode.TextDocument): Promise<void> {
  const uri = document.uri.toString();
  await waitFor(`the first check of ${uri}`, () => api.status().counts[uri], { describe: () => api.status() });
}

export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${needle} not in ${document.uri.toString()}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

export async function codeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
  );
  return (result ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/**
 * The code action titled `title` at `range`. Polled: the workbench may not have the markers of freshly
 * published diagnostics yet, and code actions asked for at once then miss the ones tied to them.
 */
export async function codeAction(document: vscode.TextDocument, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  let titles: string[] = [];
  return waitFor(
    `the code action "${title}"`,
    async () => {
      const actions = await codeActions(document, range);
      titles = actions.map((a) => a.title);
      return actions.find((a) => a.title === title);
    },
    { timeoutMs: 10_000, describe: () => titles },
  );
}

/** Types like a person: one `type` command per character, at the cursor of the active editor. */
export async function typeText(text: string): Promise<void> {
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

export function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** Markdown backslash escapes removed, so assertions read the text a person sees. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&=:$@^])/g, '$1');
}
