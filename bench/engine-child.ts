// One corpus size, measured in its own process (so its memory figures are its own): index build, memory
// after indexing, full checks of each draft, re-checks after one-character edits, persistence.
// Started by run-bench.ts with --expose-gc; reports each metric over IPC as soon as it is measured.
//
//   node --expose-gc dist/bench/engine-child.js (bundled by run-bench.ts), or --import tsx bench/engine-child.ts, --dir <size folder> [--runs 20] [--large-runs 5]
//        [--edits 20] [--profile-dir <folder>]   (--profile-dir: CPU profiles of the index build and the
//        3,000-word check, the same .cpuprofile format as node --cpu-prof; read them with top-functions.mjs)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { FactChecker, indexCorpus, type CheckResult } from '../server/src/engine';
import { DEFAULT_SEED, DRAFT_WORDS, oneCharEdits } from './generate';
import { measurePersistence } from './persistence';
import { MB, emit, emitSamples, forceGc, median, memoryMb, parseArgs, round, timeMs } from './stats';

const args = parseArgs(process.argv.slice(2));
const dir = args.get('dir');
if (!dir) throw new Error('--dir <size folder> is required');
const runs = Number(args.get('runs') ?? 20);
const largeRuns = Number(args.get('large-runs') ?? 5);
const edits = Number(args.get('edits') ?? 20);
const seed = Number(args.get('seed') ?? DEFAULT_SEED);
const profileDir = args.get('profile-dir');

/** Runs `work` under the V8 CPU profiler when --profile-dir is given, writing `<name>.cpuprofile`. */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!profileDir) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

function claimMix(result: CheckResult): Record<string, number> {
  const mix: Record<string, number> = { supported: 0, unsupported: 0, contradicted: 0 };
  for (const claim of result.claims) mix[claim.verdict] = (mix[claim.verdict] ?? 0) + 1;
  return mix;
}

/** A source added and removed again: the index's version moves, so every sentence verdict is judged again. */
function changeCorpus(checker: FactChecker): void {
  const path = join(dir!, 'bench-cache-buster.txt');
  checker.updateSource(path, Buffer.from(' date 2000-01-01\nA sentence that only moves the index version.\n'));
  checker.removeSource(path);
}

/**
 * Checks of one draft: the first (cold process), then `count` cold checks (every cache dropped before
 * each: the cost of a draft never seen before), `count` checks after a corpus change (every verdict is
 * judged again; source sentences already analysed are reused while the corpus's word case still gives
 * the answers they were analysed with), and `count` checks of the same text again.
 */
async function measureCheck(checker: FactChecker, words: number, count: number): Promise<void> {
  const text = readFileSync(join(dir!, `draft-${words}.md`), 'utf8');
  const first = await timeMs(() => checker.check(text, 'markdown'));
  emit(`check.${words}.first`, round(first.ms));
  const mix = claimMix(first.value);
  emit(`claims.${words}`, mix);
  let differing = 0;
  const series = async (prepare: () => void): Promise<{ ms: number[]; cpu: number[] }> => {
    const ms: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < count; i++) {
      prepare();
      const t = await timeMs(() => checker.check(text, 'markdown'));
      ms.push(t.ms);
      cpu.push(t.cpuMs);
      if (JSON.stringify(claimMix(t.value)) !== JSON.stringify(mix)) differing++;
    }
    return { ms, cpu };
  };
  const cold = words === 3000 ? await profiled('check-3000', () => series(() => checker.clearCaches())) : await series(() => checker.clearCaches());
  emitSamples(`check.${words}`, cold.ms);
  emit(`check.${words}.cpuMedian`, round(median(cold.cpu)));
  const changed = await series(() => changeCorpus(checker));
  emitSamples(`check.${words}.afterChange`, changed.ms);
  if (differing > 0) emit(`check.${words}.warning`, `${differing} runs gave another claim mix`);
  const cached: number[] = [];
  for (let i = 0; i < count; i++) cached.push((await timeMs(() => checker.check(text, 'markdown'))).ms);
  emitSamples(`check.${words}.cached`, cached);
}

/** What the server does on each change: the whole new text is checked again. */
async function measureRecheck(checker: FactChecker): Promise<void> {
  const text = readFileSync(join(dir!, 'draft-3000.md'), 'utf8');
  const samples: number[] = [];
  for (const edited of oneCharEdits(text, edits, seed)) {
    samples.push((await timeMs(() => checker.check(edited, 'markdown'))).ms);
  }
  emitSamples('recheck.3000', samples);
}

async function main(): Promise<void> {
  const corpus = join(dir!, 'corpus');
  const files = readdirSync(corpus);
  const bytes = files.reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
  emit('corpus.articles', files.length);
  emit('corpus.mb', round(bytes / MB, 2));
  if (!forceGc()) emit('warning', 'no --expose-gc: memory figures are without a forced gc');
  const before = memoryMb();
  emit('memory.beforeIndex.rss', before.rss);

  const checker = new FactChecker();
  const built = await profiled('index', () => timeMs(() => indexCorpus(checker, [corpus], { displayBase: dir })));
  emit('index.ms', round(built.ms));
  emit('index.cpuMs', round(built.cpuMs));
  emit('index.mbPerS', round(bytes / MB / (built.ms / 1000), 3));
  emit('index.skipped', built.value.skipped.length);
  emit('corpus.sentences', checker.sentenceCount);

  forceGc();
  const after = memoryMb();
  emit('memory.rss', after.rss);
  emit('memory.heapUsed', after.heapUsed);
  emit('memory.external', after.external);
  emit('memory.heapDelta', round(after.heapUsed - before.heapUsed));

  for (const words of DRAFT_WORDS.filter((w) => w < 20000)) await measureCheck(checker, words, runs);
  await measureRecheck(checker);
  await measurePersistence(checker, dir!, readFileSync(join(dir!, 'draft-3000.md'), 'utf8'));
  await measureCheck(checker, 20000, largeRuns);
  emit('done', 1);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    emit('error', error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
