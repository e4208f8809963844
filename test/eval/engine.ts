// Loads the engine for the eval at run time, so a missing or unfinished engine gives a clear message
// rather than a stack trace from deep inside an import.
import type { FactChecker } from '../../server/src/engine/factChecker';

export type FactCheckerClass = typeof FactChecker;

export async function loadFactChecker(): Promise<FactCheckerClass> {
  const failures: string[] = [];
  // The public surface first; the facade module alone if the index cannot load yet (a module it
  // re-exports may still be missing while the engine is being written).
  for (const specifier of ['../../server/src/engine', '../../server/src/engine/factChecker']) {
    try {
      const mod = (await import(specifier)) as { FactChecker?: unknown; default?: { FactChecker?: unknown } };
      const ctor = mod.FactChecker ?? mod.default?.FactChecker;
      if (typeof ctor === 'function') return ctor as FactCheckerClass;
      failures.push(`${specifier}: loads but exports no FactChecker class (is it still \`export declare class\`?)`);
    } catch (err) {
      failures.push(`${specifier}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  throw new Error(`the engine is not usable yet:\n  ${failures.join('\n  ')}`);
}
