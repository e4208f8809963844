// The client's decisions about its language server that do not need VS Code: which documents it serves,
// when a crashed server is restarted, and that restarts never overlap. Kept free of `vscode` imports so
// they are unit-tested without an editor (test/robustness/client/).

/** Documents the server checks: saved files and untitled drafts. Never virtual file systems or others. */
export const SCHEMES = ['file', 'untitled'] as const;

export function documentSelector(languages: Iterable<string>): Array<{ scheme: string; language: string }> {
  return [...new Set(languages)].flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language })));
}

export type CloseDecision = { restart: true; message: string } | { restart: false; message: string };

/**
 * When the server's connection closes without the client asking: restart it, up to `maxRestarts` times
 * within `windowMs`; past that, stop and say so (a server that keeps crashing would otherwise loop).
 */
export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  closed(): CloseDecision {
    const at = this.now();
    this.crashes = this.crashes.filter((t) => at - t < this.windowMs);
    this.crashes.push(at);
    const n = this.crashes.length;
    if (n <= this.maxRestarts) {
      return { restart: true, message: `The Fact Check server stopped unexpectedly; restarting it (${n} of ${this.maxRestarts}).` };
    }
    const minutes = Math.round(this.windowMs / 60_000);
    return {
      restart: false,
      message:
        `The Fact Check server stopped ${n} times in ${minutes} minutes and will not be restarted. ` +
        'Your drafts are not affected. See the Fact Check output for why, or restart it with "Fact Check: Restart Server".',
    };
  }

  /** A read or write error on the connection: carry on for a few, then shut down (and `closed` decides). */
  error(count: number | undefined): 'continue' | 'shutdown' {
    return count !== undefined && count <= 3 ? 'continue' : 'shutdown';
  }

  /** A restart the user asked for starts the count afresh. */
  reset(): void {
    this.crashes = [];
  }
}

/** Runs tasks one after another, so two restarts (or a restart and a stop) never interleave. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
