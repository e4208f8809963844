// The persisted index (FactChecker.snapshot() / restore()): save the built index to disk, load it into a
// fresh checker, re-scan the unchanged corpus as a restart would (indexCorpus skips files whose size and
// modification time match), and check with the loaded copy, comparing its verdicts with the original's.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FactChecker, indexCorpus, type CheckResult } from '../server/src/engine';
import { MB, emit, round, timeMs } from './stats';

const verdicts = (result: CheckResult) => result.claims.map((c) => `${c.offsets.start}:${c.kind}:${c.verdict}`).join('\n');

/** Emits persist.* metrics; persist.status says whether the loaded index answers as the original does. */
export async function measurePersistence(checker: FactChecker, dir: string, draft: string): Promise<void> {
  if (typeof (checker as Partial<FactChecker>).snapshot !== 'function') {
    emit('persist.status', 'not implemented');
    return;
  }
  const file = join(dir, 'index.snapshot');
  try {
    const saved = await timeMs(() => {
      const bytes = checker.snapshot();
      writeFileSync(file, bytes);
      return bytes.byteLength;
    });
    emit('persist.saveMs', round(saved.ms));
    emit('persist.mb', round(saved.value / MB, 2));

    const loaded = await timeMs(() => {
      const fresh = new FactChecker();
      return fresh.restore(readFileSync(file)) ? fresh : undefined;
    });
    const restored = loaded.value;
    if (!restored) {
      emit('persist.status', 'failed: restore() refused the snapshot');
      return;
    }
    emit('persist.loadMs', round(loaded.ms));
    // What a restart pays: the same load in a fresh process, without this one's heap to collect around.
    // Bundled next to this code when the bench runs bundled (run-bench.ts), from source otherwise.
    const bundled = join(__dirname, 'load-child.js');
    const command = existsSync(bundled) ? [bundled] : ['--import', 'tsx', join(__dirname, 'load-child.ts')];
    const fresh = JSON.parse(execFileSync(process.execPath, [...command, file], { encoding: 'utf8' })) as { ok: boolean; loadMs: number; rssMb: number };
    if (fresh.ok) {
      emit('persist.freshLoadMs', round(fresh.loadMs));
      emit('persist.freshRss', round(fresh.rssMb));
    }
    const rescan = await timeMs(() => indexCorpus(restored, [join(dir, 'corpus')], { displayBase: dir }));
    emit('persist.rescanMs', round(rescan.ms));
    emit('persist.restartMs', round((fresh.ok ? fresh.loadMs : loaded.ms) + rescan.ms));

    const first = await timeMs(() => restored.check(draft, 'markdown'));
    emit('persist.firstCheck3000Ms', round(first.ms));
    const same = restored.sentenceCount === checker.sentenceCount && verdicts(first.value) === verdicts(checker.check(draft, 'markdown'));
    emit('persist.status', same ? 'ok' : `differs: ${restored.sentenceCount} of ${checker.sentenceCount} sentences or other verdicts`);
  } catch (error) {
    emit('persist.status', `failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(file, { force: true });
  }
}
