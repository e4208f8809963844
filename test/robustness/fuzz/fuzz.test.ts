// Issue 6, fuzz: thousands of random drafts (generator.ts) through the engine and the quick fixes, then
// through the language server, each within a fixed time budget. For every draft: no exception, every
// range inside the document and on its text, every quick fix applies cleanly and leaves the rest of the
// text byte-identical.
//
//   FUZZ_SEED=123 npm test                          another seed (default below; printed either way)
//   FUZZ_SEED=123 FUZZ_CASE=57 node test/run-tests.mjs test/robustness/fuzz/fuzz.test.ts   one case
//   FUZZ_ENGINE_MS / FUZZ_SERVER_MS                 the budgets, in ms (default 8000 / 6000)
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FactChecker } from '../../../server/src/engine';
import { codeActions, type ActionContext } from '../../../server/src/lsp/codeActions';
import { toDiagnostics } from '../../../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS, type CitationStyle } from '../../../server/src/protocol';
import { LspSession, ROOT, makeWorkspace, removeWorkspace } from '../../server/harness';
import { randomDraft, type Draft } from './generator';
import { applyAction, assertRange, expectedChange } from './invariants';

const SEED = Number(process.env.FUZZ_SEED ?? 20240605) >>> 0;
const ONLY = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
const ENGINE_MS = Number(process.env.FUZZ_ENGINE_MS ?? 8000);
const SERVER_MS = Number(process.env.FUZZ_SERVER_MS ?? 6000);
const MAX_CASES = 20_000;
const STYLES: CitationStyle[] = ['footnote', 'inline', 'pandoc'];

/** Runs `body` for cases first, first + 1, ... until the budget is spent (or just FUZZ_CASE); says how to reproduce. */
async function forCases(budgetMs: number, first: number, body: (n: number, draft: Draft) => Promise<void> | void): Promise<number> {
  const deadline = Date.now() + budgetMs;
  let n = ONLY ?? first;
  let count = 0;
  do {
    const draft = randomDraft(SEED, n);
    try {
      await body(n, draft);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      assert.fail(`fuzz case failed; reproduce with FUZZ_SEED=${SEED} FUZZ_CASE=${n}\ndraft (${draft.language}): ${JSON.stringify(draft.text)}\n${message}`);
    }
    count++;
    n++;
  } while (ONLY === undefined && Date.now() < deadline && count < MAX_CASES);
  return count;
}

let checker: FactChecker;
before(() => {
  checker = new FactChecker();
  for (const name of readdirSync(join(ROOT, 'corpus'))) checker.updateSource(join(ROOT, 'corpus', name), readFileSync(join(ROOT, 'corpus', name)), `corpus/${name}`);
});

test(`engine and quick fixes on random drafts (seed ${SEED})`, async (t) => {
  let claims = 0;
  let actions = 0;
  const count = await forCases(ENGINE_MS, 0, (n, draft) => {
    const doc = TextDocument.create(`file:///fuzz/${n}.md`, draft.language, 1, draft.text);
    const result = checker.check(draft.text, draft.language);
    for (const claim of result.claims) {
      const offsets = assertRange(doc, claim.range, `claim ${JSON.stringify(claim.text)}`, claim.text);
      assert.deepEqual(offsets, claim.offsets, `claim ${JSON.stringify(claim.text)}: offsets and range agree`);
      for (const e of claim.evidence) assert.ok(e.range.start.line >= 0 && e.range.start.character >= 0);
    }
    claims += result.claims.length;
    const ctx: ActionContext = {
      document: doc,
      language: draft.language,
      claims: result.claims,
      citationStyle: STYLES[n % STYLES.length]!,
      stems: new Map(),
      documentChanges: true,
    };
    const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(draft.text.length) };
    const diagnostics = n % 2 === 0 ? toDiagnostics(result.claims, DEFAULT_SETTINGS, doc.version) : [];
    for (const action of codeActions(ctx, whole, diagnostics, undefined)) {
      applyAction(doc, action, expectedChange(action, result.claims));
      actions++;
    }
  });
  t.diagnostic(`seed ${SEED}: ${count} drafts, ${claims} claims, ${actions} quick fixes applied`);
});

test(`language server on random drafts (seed ${SEED})`, async (t) => {
  const ws = makeWorkspace();
  const s = await LspSession.start({ workspace: ws, settings: (scope) => ({ citationStyle: STYLES[Number(/(\d+)\.\w+$/.exec(scope ?? '')?.[1] ?? 0) % 3] }) });
  let diagnostics = 0;
  let actions = 0;
  try {
    await s.waitFor('the first index', 30_000, () => s.progress.find((p) => p.kind === 'end'));
    // Cases numbered apart from the engine's, so the two tests see different drafts.
    const count = await forCases(SERVER_MS, 100_000, async (n, d) => {
      const uri = await s.open(join(ws, `fuzz-${n}.${d.language === 'markdown' ? 'md' : 'txt'}`), d.text, d.language);
      const published = await s.waitForDiagnostics(uri, () => true, 30_000);
      const doc = s.doc(uri);
      for (const diagnostic of published.diagnostics) {
        assertRange(doc, diagnostic.range, `diagnostic ${diagnostic.code}`, (diagnostic.data as { text: string }).text);
      }
      diagnostics += published.diagnostics.length;
      for (let i = 0; i < 3; i++) {
        const at = doc.positionAt(Math.floor((d.text.length * (i + 0.5)) / 3));
        const hover = await s.hover(uri, at.line, at.character);
        if (hover?.range) assertRange(doc, hover.range, 'hover');
      }
      const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(d.text.length) };
      for (const action of await s.codeActions(uri, whole, published.diagnostics)) {
        applyAction(doc, action, expectedChange(action, []));
        actions++;
      }
      await s.close(uri);
    });
    t.diagnostic(`seed ${SEED}: ${count} drafts through the server, ${diagnostics} diagnostics, ${actions} quick fixes applied`);
    assert.equal(s.stderr.join(''), '', 'nothing on the server\'s stderr');
  } finally {
    await s.stop();
    removeWorkspace(ws);
  }
});
