// Each quick fix and source action over stdio: the edit the server offers, applied to the draft, must give
// the expected document; and an edit asked for an older version of the draft must not be offered at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { DRAFT, TROOPS_SOURCE, rangeOf } from './drafts';
import { LspSession, makeWorkspace, removeWorkspace, type Settings } from './harness';

const QUOTE = '"NATO said on Monday it would send 700 more troops to Kosovo."';

async function session(files: Record<string, string>, seeds: boolean, settings: Settings = {}) {
  const ws = makeWorkspace(files, seeds);
  const s = await LspSession.start({ workspace: ws, settings });
  return { s, ws, done: async () => (await s.stop(), removeWorkspace(ws)) };
}

function titled(actions: CodeAction[], title: string): CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `"${title}" not among ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

function diagnosticOn(diagnostics: Diagnostic[], text: string, s: LspSession, uri: string): Diagnostic {
  const found = diagnostics.find((d) => s.doc(uri).getText(d.range) === text);
  assert.ok(found, `no diagnostic on ${text}`);
  return found;
}

test('fixes for wrong claims: replace with the source value, correct the spelling, ignore, allow the name', async () => {
  const { s, ws, done } = await session({}, true, { run: 'onType', debounceMs: 20 });
  try {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    const { diagnostics } = await s.waitForDiagnostics(uri);

    const troops = diagnosticOn(diagnostics, '600', s, uri);
    const replace = titled(await s.codeActions(uri, troops.range, [troops]), 'Replace 600 with 700');
    assert.equal(replace.isPreferred, true);
    assert.equal(replace.kind, 'quickfix');
    assert.deepEqual(replace.diagnostics, [troops]);
    assert.equal(s.textAfter(uri, replace.edit), DRAFT.replace('send 600 more', 'send 700 more'));

    const simic = diagnosticOn(diagnostics, 'Igor Simich', s, uri);
    const spelling = titled(await s.codeActions(uri, simic.range, [simic]), 'Correct the spelling to Igor Simic');
    assert.equal(spelling.isPreferred, true);
    assert.equal(s.textAfter(uri, spelling.edit), DRAFT.replace('Igor Simich', 'Igor Simic'));

    const marko = diagnosticOn(diagnostics, 'Marko Petrovic', s, uri);
    const forMarko = await s.codeActions(uri, marko.range, [marko]);
    const ignored = s.textAfter(uri, titled(forMarko, 'Ignore this claim').edit);
    assert.equal(ignored, DRAFT.replace('Marko Petrovic', '<!-- factcheck-ignore-next-line -->\nMarko Petrovic'));
    // Applied (as an editor would), the ignored line is no longer reported.
    const version = await s.change(uri, ignored);
    const afterIgnore = await s.waitForDiagnostics(uri, (p) => p.version === version);
    assert.deepEqual(afterIgnore.diagnostics.map((d) => d.code), ['contradicted-number', 'misspelled-name']);

    // Allowing a name writes the plain allow file the CLI reads too, and the draft is checked again.
    await s.change(uri, DRAFT);
    const again = await s.waitForDiagnostics(uri, (p) => p.diagnostics.length === 3);
    const allow = titled(await s.codeActions(uri, marko.range, [diagnosticOn(again.diagnostics, 'Marko Petrovic', s, uri)]), 'Add Marko Petrovic to the allowed list');
    const mark = s.diagnostics.length;
    await s.executeCommand(allow.command!.command, ...(allow.command!.arguments ?? []));
    assert.equal(readFileSync(join(ws, '.factcheck/allow.txt'), 'utf8'), 'Marko Petrovic\n');
    const allowed = await s.waitForDiagnostics(uri, (p) => p.diagnostics.length === 2, 10_000, mark);
    assert.deepEqual(allowed.diagnostics.map((d) => d.code), ['contradicted-number', 'misspelled-name']);
  } finally {
    await done();
  }
});

test('Insert citation adds a footnote whose label avoids the draft\'s own, and reuses it for the same source', async () => {
  const draft = [
    '# Troops',
    '',
    'NATO will send 700 more troops to Kosovo.[^nato-1]',
    '',
    'Later, NATO sent 700 more troops.',
    '',
    '[^nato-1]: An earlier note of mine.',
    '',
  ].join('\n');
  const { s, ws, done } = await session({ 'corpus/nato.txt': TROOPS_SOURCE }, false);
  try {
    const uri = await s.open(join(ws, 'draft.md'), draft);
    assert.deepEqual((await s.waitForDiagnostics(uri)).diagnostics, []);

    const first = titled(await s.codeActions(uri, rangeOf(draft, '700')), 'Insert citation');
    const cited = s.textAfter(uri, first.edit);
    const definition = `[^nato-2]: corpus/nato.txt, 2023-06-01: ${QUOTE}`;
    assert.equal(
      cited,
      draft.replace('Kosovo.[^nato-1]', 'Kosovo.[^nato-1][^nato-2]').replace('of mine.\n', `of mine.\n${definition}\n`),
    );

    await s.change(uri, cited);
    const second = titled(await s.codeActions(uri, rangeOf(cited, '700', 1)), 'Insert citation');
    assert.equal(s.textAfter(uri, second.edit), cited.replace('sent 700 more troops.', 'sent 700 more troops.[^nato-2]'));
  } finally {
    await done();
  }
});

test('Cite all supported claims: one footnote per sentence where one source sentence supports it all', async () => {
  const draft = 'NATO will send 700 more troops to Kosovo. Kosovo waits.\n';
  const { s, ws, done } = await session({ 'corpus/nato.txt': TROOPS_SOURCE }, false);
  try {
    const uri = await s.open(join(ws, 'draft.md'), draft);
    await s.waitForDiagnostics(uri);
    const all = titled(await s.codeActions(uri, rangeOf(draft, 'will')), 'Cite all supported claims in this document');
    assert.equal(all.kind, 'source.factcheck.citeAll');
    assert.equal(
      s.textAfter(uri, all.edit),
      `NATO will send 700 more troops to Kosovo.[^nato-1] Kosovo waits.[^nato-1]\n\n[^nato-1]: corpus/nato.txt, 2023-06-01: ${QUOTE}\n`,
    );
    // The same through the command, for clients that run commands rather than apply code actions.
    const result = await s.executeCommand('factcheck.server.citeAll', { uri, version: 1 });
    assert.deepEqual(result, { applied: true });
    assert.equal(s.appliedEdits.length, 1);
  } finally {
    await done();
  }
});

test('plain text drafts get inline citations; factcheck.citationStyle "pandoc" gives [@key]', async () => {
  const { s, ws, done } = await session({ 'corpus/nato.txt': TROOPS_SOURCE }, false, {});
  try {
    const text = 'NATO will send 700 more troops to Kosovo.\n';
    const uri = await s.open(join(ws, 'notes.txt'), text, 'plaintext');
    await s.waitForDiagnostics(uri);
    const inline = titled(await s.codeActions(uri, rangeOf(text, '700')), 'Insert citation');
    assert.equal(s.textAfter(uri, inline.edit), 'NATO will send 700 more troops to Kosovo (source: corpus/nato.txt, 2023-06-01).\n');
  } finally {
    await done();
  }
  const pandoc = await session({ 'corpus/nato.txt': TROOPS_SOURCE }, false, { citationStyle: 'pandoc' });
  try {
    const text = 'NATO will send 700 more troops to Kosovo.\n';
    const uri = await pandoc.s.open(join(pandoc.ws, 'draft.md'), text);
    await pandoc.s.waitForDiagnostics(uri);
    const cite = titled(await pandoc.s.codeActions(uri, rangeOf(text, '700')), 'Insert citation');
    assert.equal(pandoc.s.textAfter(uri, cite.edit), 'NATO will send 700 more troops to Kosovo [@nato].\n');
  } finally {
    await pandoc.done();
  }
});

test('a stale request gets nothing: a diagnostic from an older version, or a command for an older version', async () => {
  const { s, ws, done } = await session({}, true);
  try {
    const uri = await s.open(join(ws, 'draft.md'), DRAFT);
    const { diagnostics } = await s.waitForDiagnostics(uri);
    const troops = diagnosticOn(diagnostics, '600', s, uri);
    const marko = diagnosticOn(diagnostics, 'Marko Petrovic', s, uri);

    // The writer typed before the claim: the old range now holds other text (onSave: no new check yet).
    const edited = DRAFT.replace('NATO said it would', 'NATO, the alliance, said it would');
    await s.change(uri, edited);
    assert.notEqual(s.doc(uri).getText(troops.range), '600');
    assert.deepEqual(await s.codeActions(uri, troops.range, [troops], ['quickfix']), []);
    // Nor when another value now stands at the same place: "Replace 600 with 700" would be a lie there.
    await s.change(uri, DRAFT.replace('600', '500'));
    assert.deepEqual(await s.codeActions(uri, troops.range, [troops], ['quickfix']), []);
    await s.change(uri, edited);

    // A diagnostic the edit did not move still gets its fixes, as edits for the current version.
    const stillValid = titled(await s.codeActions(uri, marko.range, [marko], ['quickfix']), 'Ignore this claim');
    const change = stillValid.edit!.documentChanges![0]!;
    assert.ok('textDocument' in change && change.textDocument.version === 4);

    assert.deepEqual(await s.executeCommand('factcheck.server.citeAll', { uri, version: 3 }), { applied: false });
    assert.equal(s.appliedEdits.length, 0, 'no edit was sent for the old version');
    assert.deepEqual(await s.executeCommand('factcheck.server.citeAll', { uri, version: 4 }), { applied: true });
    assert.match(s.doc(uri).getText(), /\[\^kosovo-1\]: corpus\/001_69cd343abdbbf914\.txt, 2023-06-01: "/);
  } finally {
    await done();
  }
});
