// The UI pass: a person's session in the browser workbench, driven with playwright-core. Opens the
// README's example draft in code-server with our extension, sees the squiggles and the Problems panel,
// hovers the wrong figure and reads the quoted source, opens the quick-fix menu and applies the fix, saves
// and sees the error go. Screenshots go to test/e2e/.artifacts/screenshots/ (and, with --screenshots DIR,
// to DIR too: `npm run test:e2e -- --screenshots docs/images` refreshes the README's).
//
//   node --import tsx test/e2e/ui.ts [--screenshots DIR]      (after npm run build)
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { exitOnSignals, openBrowser, removeOnExit, startCodeServer, workbenchUrl, type CodeServer } from './codeServer';
import { startDemo } from './demo';
import { makeFixtureWorkspace } from './fixture';
import { ARTIFACTS, ROOT, ensureChromium, ensureCodeServer } from './setup';
import { forgetFailure, keepLogs } from './suite';

// Functions given to page.evaluate run in Chromium. The project compiles without the DOM library, so the
// few browser globals they use are declared here, for this file alone.
interface BrowserRect {
  top: number;
  left: number;
  width: number;
  height: number;
}
interface BrowserNode {
  textContent: string | null;
  getBoundingClientRect(): BrowserRect;
  querySelectorAll(selector: string): Iterable<BrowserNode>;
}
declare const document: {
  querySelector(selector: string): BrowserNode | null;
  querySelectorAll(selector: string): Iterable<BrowserNode>;
  createTreeWalker(root: BrowserNode, whatToShow: number): { nextNode(): BrowserNode | null };
  createRange(): {
    setStart(node: BrowserNode, offset: number): void;
    setEnd(node: BrowserNode, offset: number): void;
    getBoundingClientRect(): BrowserRect;
  };
};
declare const NodeFilter: { SHOW_TEXT: number };

const SHOTS = join(ARTIFACTS, 'screenshots');
const STEP_TIMEOUT_MS = 30_000;

/** Runs the UI pass; resolves true when every step saw what it expected. */
export async function runUiPass(options: { screenshotsDir?: string } = {}): Promise<boolean> {
  ensureChromium();
  ensureCodeServer();
  forgetFailure('ui');
  const scratch = removeOnExit(mkdtempSync(join(tmpdir(), 'factcheck-e2e-ui-')));
  const workspace = makeFixtureWorkspace(ROOT, scratch, ['draft.md']);
  let server: CodeServer | undefined;
  let ok = false;
  try {
    // Word wrap keeps every claim of the long paragraphs on screen, where a mouse can reach it.
    server = await startCodeServer({ scratch, folder: workspace, userSettings: { 'editor.wordWrap': 'on' } });
    const { context, page } = await openBrowser(join(scratch, 'chromium'));
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    let step = 'start';
    try {
      const steps = new Steps(page, (name) => (step = name));
      await steps.run(workbenchUrl(server, workspace, { extensionDevelopmentPath: ROOT }));
      ok = true;
    } catch (error) {
      console.error(`[e2e ui] failed at "${step}": ${error instanceof Error ? error.message : String(error)}`);
      mkdirSync(ARTIFACTS, { recursive: true });
      const shot = join(ARTIFACTS, 'ui-failure.png');
      await page.screenshot({ path: shot }).then(() => console.error(`[e2e ui] screenshot: ${shot}`), () => undefined);
    } finally {
      await context.close();
    }
    if (ok && options.screenshotsDir) {
      const dir = resolve(options.screenshotsDir);
      mkdirSync(dir, { recursive: true });
      for (const name of ['hover.png', 'quickfix.png', 'problems.png']) copyFileSync(join(SHOTS, name), join(dir, name));
      console.log(`[e2e ui] screenshots copied to ${dir}`);
    }
  } finally {
    if (!ok && server) keepLogs(server, 'ui');
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  return ok;
}

/**
 * What `npm run demo` shows, checked: its URL opens examples/draft.md in the browser workbench with the
 * findings of the README's example (three errors, one warning) from the five sources of corpus/.
 */
export async function checkDemo(): Promise<boolean> {
  ensureChromium();
  forgetFailure('demo');
  const demo = await startDemo();
  const profile = removeOnExit(mkdtempSync(join(tmpdir(), 'factcheck-e2e-demo-chromium-')));
  let ok = false;
  try {
    const { context, page } = await openBrowser(profile);
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    try {
      await page.goto(demo.url);
      await page.locator('.editor-instance .view-lines', { hasText: 'NATO sends reinforcements' }).waitFor();
      await page.locator('[id="status.problems"][aria-label="Errors: 3, Warnings: 1"]').waitFor();
      await page.locator('[id="status.languageStatus"][aria-label*="3 contradicted, 5 sources indexed"]').waitFor();
      ok = true;
    } catch (error) {
      console.error(`[e2e demo] ${error instanceof Error ? error.message : String(error)}`);
      mkdirSync(ARTIFACTS, { recursive: true });
      const shot = join(ARTIFACTS, 'demo-failure.png');
      await page.screenshot({ path: shot }).then(() => console.error(`[e2e demo] screenshot: ${shot}`), () => undefined);
    } finally {
      await context.close();
    }
  } finally {
    if (!ok) keepLogs(demo.server, 'demo');
    await demo.stop();
    rmSync(profile, { recursive: true, force: true });
  }
  if (ok) console.log('[e2e demo] npm run demo shows examples/draft.md with its three errors and one warning');
  return ok;
}

class Steps {
  constructor(
    private readonly page: Page,
    private readonly onStep: (name: string) => void,
  ) {}

  private step(name: string): void {
    this.onStep(name);
    console.log(`[e2e ui] ${name}`);
  }

  async run(url: string): Promise<void> {
    const page = this.page;
    mkdirSync(SHOTS, { recursive: true });

    this.step('open the workbench');
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor();

    this.step('open draft.md from the Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^draft\.md$/ }).click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'NATO sends reinforcements' }).waitFor();

    this.step('see the squiggles: errors under 600, Igor Simich and Olaf Scholz, a warning under Marko Petrovic');
    // A squiggle is one element per wrapped line it covers, so the Problems panel below counts the findings.
    await editor.locator('.squiggly-error').first().waitFor();
    await editor.locator('.squiggly-warning').first().waitFor();
    await page.locator('[id="status.problems"][aria-label="Errors: 3, Warnings: 1"]').waitFor();
    // The language status item (the {} next to the language) carries the draft's counts.
    await page.locator('[id="status.languageStatus"][aria-label*="21 supported · $(question) 1 unsupported · $(error) 3 contradicted, 5 sources indexed"]').waitFor();
    const squiggles = await editor.locator('.squiggly-error').count();

    this.step('open the Problems panel (Ctrl+Shift+M) and read the four findings');
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+Shift+M');
    // Rows of findings (each is followed by rows of its related information: the source sentences).
    const problems = page.locator('.markers-panel .monaco-list-row[aria-label$="generated by factcheck"]');
    for (const text of ['sources say 700 more troops', 'Igor Simic', 'Emmanuel Macron', 'no source mentions Marko Petrovic']) {
      await expectCount(problems.filter({ hasText: text }), 1);
    }
    await page.screenshot({ path: join(SHOTS, 'problems.png') });

    this.step('close the panel (Ctrl+J), hover 600 and read the quoted source sentence');
    await page.keyboard.press('Control+J');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    const at600 = await this.wordCenter('600', 'more troops');
    await page.mouse.move(at600.x, at600.y);
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Fact Check: Contradicted' });
    await hover.waitFor();
    for (const text of ['sources say 700 more troops', 'NATO said it would send 700 more troops to Kosovo', 'corpus/001_69cd343abdbbf914.txt:17']) {
      await hover.filter({ hasText: text }).waitFor();
    }
    // The problem's own part comes first; scroll the hover, as a person would, until ours is at its top.
    const box = await hover.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 20; i++) {
      const offset = await page.evaluate(() => {
        const widget = document.querySelector('.monaco-hover:not(.hidden)');
        const ours = [...(widget?.querySelectorAll('strong') ?? [])].find((e) => e.textContent === 'Fact Check: Contradicted');
        return widget && ours ? ours.getBoundingClientRect().top - widget.getBoundingClientRect().top : undefined;
      });
      if (offset === undefined || offset < 60) break;
      await page.mouse.wheel(0, Math.min(offset - 20, 100));
      await page.waitForTimeout(50);
    }
    await page.screenshot({ path: join(SHOTS, 'hover.png') });

    this.step('open the quick-fix menu on 600 (Ctrl+.)');
    await page.mouse.move(10, 10);
    await page.keyboard.press('Escape');
    await page.mouse.click(at600.x, at600.y);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget .monaco-list-row');
    const replace = menu.filter({ hasText: 'Replace 600 with 700' });
    await replace.waitFor();
    await page.screenshot({ path: join(SHOTS, 'quickfix.png') });

    this.step('apply "Replace 600 with 700" with the keyboard, and save');
    for (let i = 0; i < 10 && !(await replace.evaluate((row) => row.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await editor.locator('.view-lines', { hasText: 'ordering 700 more troops' }).waitFor();
    await page.keyboard.press('Control+S');
    await page.keyboard.press('Control+Shift+M');

    this.step('see the error on the figure go: two errors and one warning left, in the editor and the Problems panel');
    await expectCount(problems.filter({ hasText: 'sources say 700 more troops' }), 0);
    await expectCount(editor.locator('.squiggly-error'), squiggles - 1);
    await page.locator('[id="status.problems"][aria-label="Errors: 2, Warnings: 1"]').waitFor();
    for (const text of ['Igor Simic', 'Emmanuel Macron', 'no source mentions Marko Petrovic']) {
      await expectCount(problems.filter({ hasText: text }), 1);
    }
  }

  /** The middle of `word` on screen, found with a DOM Range in the editor line that also shows `near`. */
  private async wordCenter(word: string, near: string): Promise<{ x: number; y: number }> {
    const handle = await this.page.waitForFunction(
      ({ word, near }) => {
        for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-line')) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = (node.textContent ?? '').replace(/\u00a0/g, ' ');
            const at = text.indexOf(`${word} ${near}`);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            const rect = range.getBoundingClientRect();
            if (rect.width > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
        }
        return undefined;
      },
      { word, near },
    );
    return (await handle.jsonValue()) as { x: number; y: number };
  }
}

/** Polls until `locator` matches exactly `count` elements (Playwright's own waiting, with a deadline). */
async function expectCount(locator: Locator, count: number): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let seen = -1;
  while (Date.now() < deadline) {
    seen = await locator.count();
    if (seen === count) return;
    await locator.page().waitForTimeout(100);
  }
  throw new Error(`expected ${count} of ${locator.toString()}, saw ${seen}`);
}

if (require.main === module) {
  exitOnSignals();
  const at = process.argv.indexOf('--screenshots');
  const screenshotsDir = at > 0 ? process.argv[at + 1] : undefined;
  runUiPass({ screenshotsDir }).then(
    (ok) => process.exit(ok ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
