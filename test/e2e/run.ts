// `npm run test:e2e`: installs what is missing (Debian's chromium, code-server in a cache folder), then
// runs the extension tests inside code-server's extension host (suite.ts) and the UI pass in the browser
// workbench (ui.ts), then opens what `npm run demo` serves and checks the example draft's findings show.
// Exits 0 only when all pass.
//
//   npm run test:e2e                                  both
//   npm run test:e2e -- --suite-only | --ui-only      the extension tests, or the browser parts (UI pass, demo)
//   npm run test:e2e -- --screenshots docs/images     also refresh the README's screenshots
import { exitOnSignals } from './codeServer';
import { runSuiteInCodeServer } from './suite';
import { ensureChromium, ensureCodeServer } from './setup';
import { checkDemo, runUiPass } from './ui';

async function main(): Promise<number> {
  exitOnSignals();
  const args = process.argv.slice(2);
  const at = args.indexOf('--screenshots');
  const screenshotsDir = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !screenshotsDir) throw new Error('--screenshots needs a folder');
  const started = Date.now();
  const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;
  const results: string[] = [];

  let t = Date.now();
  ensureChromium();
  ensureCodeServer();
  results.push(`setup ${seconds(t)}`);

  let failed = false;
  if (!args.includes('--ui-only')) {
    t = Date.now();
    console.log('[e2e] extension tests in code-server');
    const code = await runSuiteInCodeServer();
    failed ||= code !== 0;
    results.push(`extension tests ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds(t)}`);
  }
  if (!args.includes('--suite-only')) {
    t = Date.now();
    console.log('[e2e] UI pass in the browser workbench');
    const ok = await runUiPass({ screenshotsDir });
    failed ||= !ok;
    results.push(`UI pass ${ok ? 'passed' : 'FAILED'} in ${seconds(t)}`);
  }
  if (!args.includes('--suite-only')) {
    t = Date.now();
    console.log('[e2e] npm run demo, opened in the browser');
    const ok = await checkDemo();
    failed ||= !ok;
    results.push(`demo ${ok ? 'passed' : 'FAILED'} in ${seconds(t)}`);
  }
  console.log(`[e2e] ${results.join('; ')}; total ${seconds(started)}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
