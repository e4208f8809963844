// `npm run demo`: VS Code in the browser (code-server on 127.0.0.1) with the extension and the examples/
// workspace open at draft.md, checked against the repository's corpus/. Prints the URL; Ctrl+C stops
// code-server and removes its scratch folder. Installs code-server into the cache folder when missing.
// test/e2e/run.ts opens the same demo in Chromium and checks that the draft's findings show.
//
//   npm run demo                 port 8080, or a free one when 8080 is taken
//   DEMO_PORT=3000 npm run demo
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, removeOnExit, startCodeServer, tail, workbenchUrl, type CodeServer } from './codeServer';
import { CODE_SERVER_VERSION, ROOT, VSCODE_VERSION, ensureCodeServer } from './setup';

export interface Demo {
  server: CodeServer;
  url: string;
  /** Stops code-server and removes the scratch folder. */
  stop(): Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function startDemo(wantedPort?: number): Promise<Demo> {
  ensureCodeServer();
  const port = wantedPort !== undefined && (await portIsFree(wantedPort)) ? wantedPort : await freePort();
  const scratch = removeOnExit(mkdtempSync(join(tmpdir(), 'factcheck-demo-')));
  const examples = join(ROOT, 'examples');
  try {
    const server = await startCodeServer({
      scratch,
      folder: examples,
      port,
      userSettings: {
        // examples/ holds the draft; its sources are the repository's corpus/, one folder up. Sources
        // outside the workspace folder are read only when the user's own settings allow it.
        'factcheck.corpus': [`${ROOT.replace(/\\/g, '/')}/corpus/**/*.{txt,md}`],
        'factcheck.allowCorpusOutsideWorkspace': true,
        'editor.wordWrap': 'on',
      },
    });
    const url = workbenchUrl(server, examples, { extensionDevelopmentPath: ROOT, openFile: join(examples, 'draft.md') });
    return {
      server,
      url,
      stop: async () => {
        await server.stop();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

async function main(): Promise<void> {
  const starting = startDemo(Number(process.env.DEMO_PORT) || 8080);
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server…');
    // Ctrl+C while code-server is still starting: wait for it, then stop it, so nothing is left behind.
    const demo = await starting.catch(() => undefined);
    await demo?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const demo = await starting;
  if (stopping) return;
  console.log(`Draft Fact Check in VS Code ${VSCODE_VERSION} (code-server ${CODE_SERVER_VERSION}), examples/ open, sources from corpus/.`);
  console.log(`\nOpen this URL in a browser:\n\n  ${demo.url}\n`);
  console.log('Hover a claim, Ctrl+. on a squiggle for the fixes, Ctrl+Shift+M for the Problems panel. Ctrl+C stops.');
  void demo.server.exited.then(() => {
    if (stopping) return;
    console.error(`code-server stopped by itself:\n${tail(demo.server.logFile, 30)}`);
    void stop(1);
  });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
