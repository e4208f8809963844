// The benchmark's table: one row per metric, one column per corpus size, so growth reads across a row.
import type { MetricValue } from './stats';

export interface ChildRun {
  status: 'ok' | 'timed out' | 'failed' | 'skipped';
  seconds: number;
  /** Set when status is not ok: "timed out after 1800 s", the error's first line... */
  detail?: string;
  metrics: Record<string, MetricValue>;
  /** os.loadavg()[0] sampled while the process ran (other work on the machine skews wall times). */
  load?: { mean: number; max: number };
}

export interface SizeResult {
  size: number;
  generated: { articles: number; bytes: number; sentences: number };
  engine: ChildRun;
  server: ChildRun;
}

type Cell = (r: SizeResult) => string | undefined;

const num = (v: MetricValue | undefined, digits = 1): string | undefined =>
  typeof v === 'number' ? v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : typeof v === 'string' ? v : undefined;
const engine = (key: string, digits = 1): Cell => (r) => num(r.engine.metrics[key], digits);
const server = (key: string, digits = 1): Cell => (r) => num(r.server.metrics[key], digits);
const seconds = (run: 'engine' | 'server', key: string): Cell => (r) => {
  const v = r[run].metrics[key];
  return typeof v === 'number' ? (v / 1000).toFixed(2) : undefined;
};
const mix = (words: number): Cell => (r) => {
  const m = r.engine.metrics[`claims.${words}`];
  return m && typeof m === 'object' ? `${m.supported}/${m.unsupported}/${m.contradicted}` : undefined;
};
const status = (run: 'engine' | 'server'): Cell => (r) => {
  const c = r[run];
  return c.status === 'ok' ? `ok (${c.seconds.toFixed(0)} s)` : (c.detail ?? c.status);
};
const load = (run: 'engine' | 'server'): Cell => (r) => {
  const l = r[run].load;
  return l ? `${l.mean.toFixed(1)} (max ${l.max.toFixed(1)})` : undefined;
};
/** A persistence figure, or the status ("not implemented") when there is none. */
const persisted = (key: string, digits = 1): Cell => (r) => num(r.engine.metrics[key], digits) ?? num(r.engine.metrics['persist.status']);

function checkRows(words: number, label: string): Array<[string, Cell]> {
  return [
    [`check ${label}: first check of this draft (ms)`, engine(`check.${words}.first`)],
    [`check ${label}: cold median (ms)`, engine(`check.${words}.median`)],
    [`check ${label}: cold p95 (ms)`, engine(`check.${words}.p95`)],
    [`check ${label}: cold median CPU time (ms)`, engine(`check.${words}.cpuMedian`)],
    [`check ${label}: after a corpus change median (ms)`, engine(`check.${words}.afterChange.median`)],
    [`check ${label}: after a corpus change p95 (ms)`, engine(`check.${words}.afterChange.p95`)],
    [`check ${label}: same text again median (ms)`, engine(`check.${words}.cached.median`)],
    [`check ${label}: same text again p95 (ms)`, engine(`check.${words}.cached.p95`)],
    [`check ${label}: runs (each kind)`, engine(`check.${words}.runs`, 0)],
    [`claims ${label}: sup/unsup/contra`, mix(words)],
  ];
}

export const ROWS: Array<[string, Cell]> = [
  ['engine run', status('engine')],
  ['machine load during engine run (1-min avg)', load('engine')],
  ['corpus: articles', (r) => r.generated.articles.toLocaleString('en-US')],
  ['corpus: size (MB)', engine('corpus.mb', 2)],
  ['corpus: sentences (indexed)', engine('corpus.sentences', 0)],
  ['index build (s)', seconds('engine', 'index.ms')],
  ['index build CPU time (s)', seconds('engine', 'index.cpuMs')],
  ['index throughput (MB/s)', engine('index.mbPerS', 3)],
  ['RSS before indexing (MB)', engine('memory.beforeIndex.rss')],
  ['RSS after indexing, after gc (MB)', engine('memory.rss')],
  ['heap used after indexing (MB)', engine('memory.heapUsed')],
  ['heap growth from indexing (MB)', engine('memory.heapDelta')],
  ['persisted index: snapshot + write (ms)', persisted('persist.saveMs')],
  ['persisted index: size (MB)', persisted('persist.mb', 2)],
  ['persisted index load: read + restore (ms)', persisted('persist.loadMs')],
  ['persisted index load in a fresh process, as on restart (ms)', persisted('persist.freshLoadMs')],
  ['persisted index: RSS of that process after loading (MB)', persisted('persist.freshRss')],
  ['persisted: re-scan of the unchanged corpus (ms)', persisted('persist.rescanMs')],
  ['persisted: restart = fresh load + re-scan (s)', (r) => seconds('engine', 'persist.restartMs')(r) ?? num(r.engine.metrics['persist.status'])],
  ['persisted: first check 3,000 w after load (ms)', persisted('persist.firstCheck3000Ms')],
  ['persisted: verdicts as the original index', engine('persist.status')],
  ...checkRows(500, '500 w'),
  ...checkRows(3000, '3,000 w'),
  ['re-check after 1-char edit, 3,000 w: median (ms)', engine('recheck.3000.median')],
  ['re-check after 1-char edit, 3,000 w: p95 (ms)', engine('recheck.3000.p95')],
  ['re-check: edits', engine('recheck.3000.runs', 0)],
  ...checkRows(20000, '20,000 w'),
  ['server run', status('server')],
  ['machine load during server run (1-min avg)', load('server')],
  ['server: start → initialize result (ms)', server('server.initializeMs')],
  ['server: start → first diagnostics, 3,000 w (s)', seconds('server', 'server.firstDiagnosticsMs')],
  ['server: diagnostics published', server('server.diagnostics', 0)],
  ['server: RSS after first diagnostics (MB)', server('server.rss')],
  ['server: hover median (ms)', server('server.hover.median', 2)],
  ['server: hover p95 (ms)', server('server.hover.p95', 2)],
  ['server: restart with saved index → first diagnostics, 3,000 w (s)', seconds('server', 'server.restartFirstDiagnosticsMs')],
  ['server: hovers (empty answers)', (r) => num(r.server.metrics['server.hover.runs'], 0) && `${num(r.server.metrics['server.hover.runs'], 0)} (${num(r.server.metrics['server.hover.empty'], 0)})`],
];

/** A missing cell says why: the run timed out or failed before measuring it. */
function missing(r: SizeResult, label: string): string {
  const run = label.startsWith('server') ? r.server : r.engine;
  if (run.status === 'timed out') return 'timed out';
  if (run.status === 'failed') return 'failed';
  if (run.status === 'skipped') return 'skipped';
  return '—';
}

export function renderTable(results: readonly SizeResult[]): string {
  const header = ['metric', ...results.map((r) => r.size.toLocaleString('en-US'))];
  const body = ROWS.map(([label, cell]) => [label, ...results.map((r) => cell(r) ?? missing(r, label))]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
