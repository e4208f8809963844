// The extension in a real VS Code: the workbench, the extension host, vscode-languageclient starting
// dist/server.js over IPC. Everything goes through the public `vscode` API, as another extension or a
// person would see it. The workspace is test/e2e/fixture.ts's (a copy of corpus/ and the drafts there).
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { FactCheckApi } from '../../../client/src/extension';
import { CITE, DISK_SOURCE, DISK_SOURCE_EDIT, WRONG } from '../fixture';
import {
  checked,
  codeAction,
  codeActions,
  codeOf,
  factCheck,
  fileIn,
  holdsFor,
  hoverText,
  openDraft,
  ours,
  rangeOf,
  sameSummary,
  summary,
  typeText,
  unescapeMarkdown,
  waitFor,
  workspaceFolder,
} from './helpers';

const SOURCE_001 = 'corpus/001_69cd343abdbbf914.txt';
/** corpus/001, line 17: the sentence behind 700 more troops, 4,000-strong and 52 protesters. */
const SENTENCE_001 =
  'After clashes on Monday, during which 30 NATO troops and 52 ethnic Serbian protesters were hurt, NATO said it would send 700 more troops to Kosovo to boost its 4,000-strong mission.';
const WRONG_EXPECTED: Array<[string, string, string]> = [
  ['contradicted-number', '600', 'Error'],
  ['unsupported-name', 'Marko Petrovic', 'Warning'],
];

let api: FactCheckApi;

/** The fixture folder's `factcheck` settings (they are resource-scoped: always read them for a folder). */
function settings(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('factcheck', workspaceFolder());
}

describe('Draft Fact Check in VS Code', () => {
  before(async () => {
    api = await factCheck();
    await waitFor('the corpus to be indexed', () => !api.status().indexing && api.status().sources === 5, {
      timeoutMs: 60_000,
      describe: () => api.status(),
    });
  });

  it('1. a draft with a wrong figure and an unknown name gets an Error and a Warning on exactly those words', async () => {
    const { document } = await openDraft('wrong.md');
    await waitFor('the diagnostics of wrong.md', () => sameSummary(document, WRONG_EXPECTED), { describe: () => summary(document) });
    const [troops, marko] = ours(document.uri);
    assert.match(troops!.message, /^sources say 700 more troops \("….*700 more troops.*", corpus\/001_69cd343abdbbf914\.txt:17\)$/);
    assert.equal(marko!.message, 'no source mentions Marko Petrovic');
    assert.deepEqual([codeOf(troops!), codeOf(marko!)], ['contradicted-number', 'unsupported-name']);
    // Related information opens the source sentence that states the other figure.
    const related = troops!.relatedInformation?.[0];
    assert.ok(related, 'the contradicted figure links to its source');
    assert.equal(related.location.uri.toString(), fileIn(SOURCE_001).toString());
    assert.equal(related.location.range.start.line, 16);
    assert.match(related.message, /^corpus\/001_69cd343abdbbf914\.txt, 2023-06-01: ".*700 more troops/);
  });

  it('2. hover on a supported number quotes the source sentence and names its file', async () => {
    const { document } = await openDraft('wrong.md');
    await checked(api, document);
    const range = rangeOf(document, '4,000');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, range.start.translate(0, 1));
    const ourHovers = (hovers ?? []).filter((h) => hoverText(h).includes('Fact Check'));
    assert.equal(ourHovers.length, 1, `one Fact Check hover among ${JSON.stringify((hovers ?? []).map(hoverText))}`);
    const hover = ourHovers[0]!;
    assert.ok(hover.range?.isEqual(range), 'the hover covers exactly the number');
    const markdown = hoverText(hover);
    const shown = unescapeMarkdown(markdown);
    assert.match(shown, /^\*\*Fact Check: Supported\*\*/);
    assert.ok(shown.includes(`> ${SENTENCE_001}`), `quotes the sentence: ${shown}`);
    assert.ok(shown.includes(`[${SOURCE_001}:17]`), `names the file and line: ${shown}`);
    assert.ok(markdown.includes(`](${fileIn(SOURCE_001).toString()}#L17)`), `links to the line: ${markdown}`);
    assert.ok(shown.includes('· 2023-06-01'), 'gives the article date');
  });

  it('3. the quick fix "Replace 600 with 700" fixes the text, and the diagnostic goes away', async () => {
    const { document } = await openDraft('wrong.md');
    await waitFor('the diagnostics of wrong.md', () => sameSummary(document, WRONG_EXPECTED), { describe: () => summary(document) });
    const fix = await codeAction(document, rangeOf(document, '600'), 'Replace 600 with 700');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix.edit, 'the fix is an edit');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.getText(), WRONG.replace('send 600 more', 'send 700 more'));
    // factcheck.run is onSave here: the draft is checked again when saved, as a writer would.
    assert.equal(await document.save(), true);
    await waitFor('the troops diagnostic to go', () => sameSummary(document, [['unsupported-name', 'Marko Petrovic', 'Warning']]), {
      describe: () => summary(document),
    });
  });

  it('4. "Insert citation" adds the footnote and its definition; applying it again does not duplicate them', async () => {
    const { document } = await openDraft('cite.md');
    await checked(api, document);
    assert.deepEqual(summary(document), [], 'every claim of cite.md is supported');
    const cite = await codeAction(document, rangeOf(document, '700'), 'Insert citation');
    assert.ok(cite.edit);
    assert.equal(await vscode.workspace.applyEdit(cite.edit), true);
    const cited = document.getText();
    const footnote = /^NATO will send 700 more troops to Kosovo\.\[\^([\w-]+)\]\n\n\[\^\1\]: corpus\/001_69cd343abdbbf914\.txt, 2023-06-01: "(.*)"\n$/.exec(cited);
    assert.ok(footnote, `a footnote after the sentence and its definition at the end:\n${cited}`);
    assert.equal(footnote[2], SENTENCE_001);
    assert.ok(cited.startsWith(CITE.trimEnd()));

    // Asked again on the cited claim, the server offers no second citation: it would duplicate the footnote.
    const again = await codeActions(document, rangeOf(document, '700'));
    assert.ok(!again.some((a) => a.title === 'Insert citation'), `offered again: ${JSON.stringify(again.map((a) => a.title))}`);
    assert.equal(document.getText(), cited);
    const label = footnote[1]!;
    assert.equal(cited.split(`[^${label}]`).length - 1, 2, 'one reference and one definition');
    assert.equal(await document.save(), true);
  });

  it('5a. factcheck.run = onSave: a wrong figure typed is reported only once the draft is saved', async () => {
    assert.equal(settings().get('run'), 'onSave');
    const { document, editor } = await openDraft('typing-on-save.md');
    await checked(api, document);
    assert.deepEqual(summary(document), []);
    const end = document.lineAt(2).range.end;
    editor.selection = new vscode.Selection(end, end);
    await typeText(' NATO will send 600 more troops to Kosovo.');
    assert.ok(document.getText().includes('Kosovo. NATO will send 600 more troops to Kosovo.\n'));
    // Five times the debounce pause of onType: long enough for a check on typing to have shown up.
    const debounce = settings().get<number>('debounceMs')!;
    await holdsFor('no diagnostic before saving', 5 * debounce, () => ours(document.uri).length === 0, () => summary(document));
    assert.equal(await document.save(), true);
    await waitFor('the typed figure to be reported after saving', () => sameSummary(document, [['contradicted-number', '600', 'Error']]), {
      describe: () => summary(document),
    });
  });

  it('5b. factcheck.run = onType: a wrong figure typed is reported without saving', async () => {
    await settings().update('run', 'onType', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the onType setting', () => settings().get('run') === 'onType');
      const { document, editor } = await openDraft('typing-on-type.md');
      await checked(api, document);
      assert.deepEqual(summary(document), []);
      const end = document.lineAt(2).range.end;
      editor.selection = new vscode.Selection(end, end);
      await typeText(' NATO will send 600 more troops to Kosovo.');
      await waitFor('the typed figure to be reported while typing', () => sameSummary(document, [['contradicted-number', '600', 'Error']]), {
        describe: () => summary(document),
      });
      assert.equal(document.isDirty, true, 'reported before any save');
      await document.save();
    } finally {
      await settings().update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    }
  });

  it('6. editing a corpus file on disk changes the verdict of the open draft', async () => {
    const { document } = await openDraft('disk.md');
    await checked(api, document);
    assert.deepEqual(summary(document), [], '52 protesters: corpus/001 says so');
    const source = fileIn(DISK_SOURCE).fsPath;
    const original = readFileSync(source, 'utf8');
    assert.ok(original.includes(DISK_SOURCE_EDIT.from));
    try {
      writeFileSync(source, original.replace(DISK_SOURCE_EDIT.from, DISK_SOURCE_EDIT.to));
      await waitFor('the draft to be contradicted by the edited source', () => sameSummary(document, [['contradicted-number', '52', 'Error']]), {
        describe: () => summary(document),
      });
      assert.match(ours(document.uri)[0]!.message, /sources say 25 ethnic Serbian protesters/);
    } finally {
      writeFileSync(source, original);
    }
    await waitFor('the draft to be supported again once the source is restored', () => sameSummary(document, []), {
      describe: () => summary(document),
    });
  });

  it('7. an untitled document is checked too', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: WRONG });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    await waitFor('the diagnostics of the untitled draft', () => sameSummary(document, WRONG_EXPECTED), { describe: () => summary(document) });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
