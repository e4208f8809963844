// `npm run bench`: how the engine and the language server scale with the corpus (issue 5).
//
//   npm run bench -- [--sizes 100,1000,10000] [--quick] [--timeout SECONDS] [--seed N]
//                    [--cliff PATH] [--profile DIR] [--keep]
//
// Generates corpora of 100 / 1,000 / 10,000 articles and drafts of 500 / 3,000 / 20,000 words under
// os.tmpdir() (recombined from ../shared/bench/cliff-val.jsonl, never copied into the repo), then for each
// size runs bench/engine-child.ts and bench/server-child.ts in their own processes, each with a hard
// timeout. Prints one row per metric and one column per size; writes bench/results.json (git-ignored).
// --quick: fewer runs, for development. --profile DIR: CPU profiles of the index build and the 3,000-word
// check (per size, DIR/<size>/*.cpuprofile; summarise with `node bench/top-functions.mjs FILE`).
// --keep: keep the generated folder (its path is printed).
//
// The measuring children run bundled by esbuild (dist/bench/), as the extension and the CLI ship the
// engine: run from source through tsx, every call to an imported function goes through a module getter,
// which made checks ~20% slower than what a user runs.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_SEED, DRAFT_WORDS, makeCorpus, makeDraft, writeCorpus, type Draft } from './generate';
import { DEFAULT_CLIFF, loadArticles } from './recombine';
import { parseArgs, type MetricValue } from './stats';
import { renderTable, type ChildRun, type SizeResult } from './table';

const ROOT = resolve(__dirname, '..');
const args = parseArgs(process.argv.slice(2));
const sizes = (args.get('sizes') ?? '100,1000,10000').split(',').map((s) => Number(s.replace(/[_,\s]/g, '')));
const quick = args.has('quick');
const timeoutS = Number(args.get('timeout') ?? (quick ? 300 : 1800));
const seed = Number(args.get('seed') ?? DEFAULT_SEED);
const cliffFile = resolve(args.get('cliff') ?? DEFAULT_CLIFF);
const profileRoot = args.get('profile') ? resolve(args.get('profile')!) : undefined;
const runs = quick ? { runs: 5, largeRuns: 2, edits: 5, hovers: 10 } : { runs: 20, largeRuns: 5, edits: 20, hovers: 20 };

let current: number | undefined;
process.on('SIGINT', () => {
  if (current) killGroup(current);
  process.exit(130);
});

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL'); // the child's own process group: the child and the server it started
  } catch {
    // Already gone.
  }
}

const BUNDLED = join(ROOT, 'dist', 'bench');
/** Children measured as shipped (see the header); the server child only drives dist/server.js, so runs from source. */
const BUNDLED_CHILDREN = ['engine-child', 'load-child'];

async function bundleChildren(): Promise<void> {
  await esbuild.build({
    entryPoints: BUNDLED_CHILDREN.map((name) => ({ in: join(ROOT, 'bench', `${name}.ts`), out: name })),
    outdir: BUNDLED,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    supported: { 'regexp-unicode-property-escapes': true }, // as esbuild.mjs, which says why
  });
}

function childCommand(script: string): string[] {
  const name = script.replace(/\.ts$/, '');
  return BUNDLED_CHILDREN.includes(name) ? [join(BUNDLED, `${name}.js`)] : ['--import', 'tsx', join(ROOT, 'bench', script)];
}

/** Runs one measuring process; its metrics arrive over IPC, so a timeout keeps what it finished. */
function runChild(label: string, script: string, childArgs: string[], gc: boolean): Promise<ChildRun> {
  const metrics: Record<string, MetricValue> = {};
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [...(gc ? ['--expose-gc'] : []), ...childCommand(script), ...childArgs], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      detached: true,
    });
    current = child.pid;
    const loads: number[] = [loadavg()[0]!];
    const sampler = setInterval(() => loads.push(loadavg()[0]!), 2000);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid!);
    }, timeoutS * 1000);
    child.on('message', (message: { key: string; value: MetricValue }) => {
      metrics[message.key] = message.value;
      const shown = typeof message.value === 'object' ? JSON.stringify(message.value) : String(message.value).split('\n')[0];
      process.stderr.write(`  [${label}] ${message.key} = ${shown}\n`);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      current = undefined;
      const seconds = (performance.now() - started) / 1000;
      const load = { mean: Number((loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(2)), max: Math.max(...loads) };
      if (timedOut) done({ status: 'timed out', seconds, detail: `timed out after ${timeoutS} s`, metrics, load });
      else if (code === 0 && !('error' in metrics)) done({ status: 'ok', seconds, metrics, load });
      else {
        const error = typeof metrics.error === 'string' ? metrics.error.split('\n')[0] : `exit ${code ?? signal}`;
        done({ status: 'failed', seconds, detail: `failed: ${error}`, metrics, load });
      }
    });
  });
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    totalMemoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    os: `${osType()} ${release()}`,
  };
}

async function main(): Promise<void> {
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: positive integers, got ${args.get('sizes')}`);
  if (!existsSync(join(ROOT, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build` (npm run bench does)');
  if (!existsSync(cliffFile)) throw new Error(`${cliffFile} not found: the benchmark recombines its articles (it is never copied into the repo)`);

  await bundleChildren();
  const work = mkdtempSync(join(tmpdir(), 'factcheck-bench-'));
  process.stderr.write(`Generating ${sizes.join(', ')} articles and drafts in ${work} (seed ${seed})\n`);
  const cliff = loadArticles(cliffFile);
  const articles = makeCorpus(cliff, Math.max(...sizes), seed);
  const drafts = new Map<number, Draft>(DRAFT_WORDS.map((w) => [w, makeDraft(articles, cliff, w, seed)]));
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      const dir = join(work, `size-${size}`);
      const generated = writeCorpus(join(dir, 'corpus'), articles.slice(0, size));
      for (const [words, draft] of drafts) writeFileSync(join(dir, `draft-${words}.md`), draft.text);
      const profileDir = profileRoot && join(profileRoot, String(size));
      if (profileDir) mkdirSync(profileDir, { recursive: true });
      process.stderr.write(`\n== ${size.toLocaleString('en-US')} articles (${(generated.bytes / 1024 ** 2).toFixed(2)} MB)\n`);
      const engine = await runChild(`${size} engine`, 'engine-child.ts', [
        '--dir', dir, '--runs', String(runs.runs), '--large-runs', String(runs.largeRuns), '--edits', String(runs.edits),
        '--seed', String(seed), ...(profileDir ? ['--profile-dir', profileDir] : []),
      ], true);
      const server = await runChild(`${size} server`, 'server-child.ts', [
        '--dir', dir, '--hovers', String(runs.hovers), '--wait-ms', String(timeoutS * 1000),
      ], false);
      results.push({ size, generated, engine, server });
      if (!args.has('keep')) rmSync(dir, { recursive: true, force: true }); // 10,000 articles are ~25 MB of temp files
    }
  } finally {
    if (args.has('keep')) process.stderr.write(`Kept ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }

  const draftSummary = [...drafts].map(([w, d]) => ({ target: w, words: d.words, mix: d.mix }));
  console.log('\n' + renderTable(results));
  console.log('\ncold: every cache dropped before each run (a draft never seen before); after a corpus change: a source');
  console.log('added and removed before each run (every verdict judged again, analysed source sentences reused while still');
  console.log('valid); same text again: sentence verdicts reused; re-check: one letter typed into one paragraph, whole text');
  console.log('checked again. claims: verdicts of the first check of each draft.');
  for (const d of draftSummary) {
    const { sentences, kept, ...changed } = d.mix;
    console.log(`draft ${d.target}: ${d.words} words, ${sentences} sentences, ${kept} as in the corpus; changed: ${Object.entries(changed).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  const m = machine();
  console.log(`\nmachine: ${m.cpu}, ${m.cores} cores, ${m.totalMemoryGb} GB, node ${m.node}, ${m.os}${quick ? ' (--quick)' : ''}`);
  const out = join(ROOT, 'bench', 'results.json');
  const json = { date: new Date().toISOString(), machine: m, options: { sizes, quick, timeoutS, seed, runs }, drafts: draftSummary, sizes: results };
  writeFileSync(out, JSON.stringify(json, null, 2) + '\n');
  console.log(`results: ${out}`);
  // A timeout is a finding (it is in the table); a failure is an error.
  if (results.some((r) => r.engine.status === 'failed' || r.server.status === 'failed')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
