// Small helpers shared by the benchmark's processes: timing statistics, memory, and reporting a metric
// to the parent as soon as it is known (so a run killed by its timeout still reports what it finished).

export type MetricValue = number | string | Record<string, number>;

/** Sends one metric to the parent over IPC (or prints it when run by hand). */
export function emit(key: string, value: MetricValue): void {
  if (process.send) process.send({ key, value });
  else console.log(`${key}: ${JSON.stringify(value)}`);
}

/** The sample at rank ceil(q·n) of the sorted samples (nearest-rank percentile). */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Emits `<key>.median`, `<key>.p95` and `<key>.runs` for a list of millisecond samples. */
export function emitSamples(key: string, samples: readonly number[]): void {
  emit(`${key}.median`, round(median(samples)));
  emit(`${key}.p95`, round(percentile(samples, 0.95)));
  emit(`${key}.runs`, samples.length);
}

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));
export const MB = 1024 * 1024;

/** Forces a full collection when node runs with --expose-gc (twice: finalizers free more on the second). */
export function forceGc(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

export function memoryMb(): { rss: number; heapUsed: number; external: number; arrayBuffers: number } {
  const m = process.memoryUsage();
  return { rss: round(m.rss / MB), heapUsed: round(m.heapUsed / MB), external: round(m.external / MB), arrayBuffers: round(m.arrayBuffers / MB) };
}

/**
 * Milliseconds `run` takes (awaited when it returns a promise), and the CPU milliseconds the process
 * spent meanwhile (user + system, all threads: less sensitive than wall time to a busy machine).
 */
export async function timeMs<T>(run: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

/** Parses `--name value` and `--flag` arguments. */
export function parseArgs(argv: readonly string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) args.set(name, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) args.set(name, argv[++i]!);
    else args.set(name, 'true');
  }
  return args;
}
