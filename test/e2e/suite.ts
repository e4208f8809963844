// The code-server launcher of the extension tests: what @vscode/test-electron does for desktop VS Code,
// done with code-server and headless Chromium. The workbench URL carries extensionDevelopmentPath (this
// repository) and extensionTestsPath (the bundled suite); when the suite's run() settles, the workbench
// calls window.codeAutomationExit(code), and the extension host's console reaches window.codeAutomationLog.
//
//   node --import tsx test/e2e/suite.ts      (after npm run build; npm run test:e2e does both)
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { format } from 'node:util';
import { bundleSuite } from './bundle';
import { SUITE_STARTS } from './suite/index';
import { exitOnSignals, findLogs, removeOnExit, openBrowser, printLogTails, startCodeServer, workbenchUrl, type CodeServer } from './codeServer';
import { makeFixtureWorkspace } from './fixture';
import { ARTIFACTS, ROOT, ensureChromium, ensureCodeServer } from './setup';

const SUITE_TIMEOUT_MS = 5 * 60_000;

/** Runs the Mocha suite inside code-server's extension host; resolves with the suite's exit code. */
export async function runSuiteInCodeServer(): Promise<number> {
  ensureChromium();
  ensureCodeServer();
  const index = await bundleSuite();
  forgetFailure('suite');
  const scratch = removeOnExit(mkdtempSync(join(tmpdir(), 'factcheck-e2e-suite-')));
  const workspace = makeFixtureWorkspace(ROOT, scratch);
  let server: CodeServer | undefined;
  let code = 1;
  try {
    server = await startCodeServer({ scratch, folder: workspace });
    const { context, page } = await openBrowser(join(scratch, 'chromium'));
    try {
      let settle: (code: number) => void = () => undefined;
      const exited = new Promise<number>((resolve) => (settle = resolve));
      await page.exposeFunction('codeAutomationLog', consolePrinter());
      await page.exposeFunction('codeAutomationExit', (exitCode: number) => settle(exitCode));
      await page.goto(workbenchUrl(server, workspace, { extensionDevelopmentPath: ROOT, extensionTestsPath: index }));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<number>((resolve) => {
        timer = setTimeout(() => {
          console.error(`[e2e] the suite did not finish within ${SUITE_TIMEOUT_MS / 60_000} minutes`);
          resolve(1);
        }, SUITE_TIMEOUT_MS);
      });
      code = await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      if (code !== 0) {
        mkdirSync(ARTIFACTS, { recursive: true });
        const shot = join(ARTIFACTS, 'suite-failure.png');
        await page.screenshot({ path: shot }).then(() => console.error(`[e2e] screenshot of the workbench: ${shot}`), () => undefined);
      }
    } finally {
      await context.close();
    }
  } finally {
    if (code !== 0 && server) keepLogs(server, 'suite');
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  return code;
}

/**
 * The workbench's console, which carries the extension host's: every line goes to
 * test/e2e/.artifacts/workbench-console.log, and from the suite's first line on to the terminal as well.
 */
function consolePrinter(): (type: string, args: unknown) => void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'workbench-console.log');
  writeFileSync(file, '');
  let started = false;
  return (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    appendFileSync(file, `[${type}] ${text}\n`);
    if (text.includes(SUITE_STARTS)) started = true;
    // No registry here: the workbench's extension gallery query fails, harmlessly.
    else if (started && !/ENOTFOUND open-vsx\.org/.test(text)) (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
  };
}

/** Removes what an earlier failed run kept, so what is in test/e2e/.artifacts/ is this run's. */
export function forgetFailure(name: string): void {
  rmSync(join(ARTIFACTS, `${name}-failure.png`), { force: true });
  rmSync(join(ARTIFACTS, `logs-${name}`), { recursive: true, force: true });
}

/** On failure: the log tails on stderr, and the logs themselves under test/e2e/.artifacts/logs-NAME/. */
export function keepLogs(server: CodeServer, name: string): void {
  printLogTails(server);
  const dir = join(ARTIFACTS, `logs-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const path of [server.logFile, ...findLogs(join(server.userDataDir, 'logs'), /\.log$/)]) {
    copyFileSync(path, join(dir, `${basename(join(path, '..'))}-${basename(path)}`));
  }
  console.error(`[e2e] logs kept in ${dir}`);
}

if (require.main === module) {
  exitOnSignals();
  runSuiteInCodeServer().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
