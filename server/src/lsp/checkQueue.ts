// When each draft is checked: one pending timer per document (typing restarts it) and a ticket per
// check so that, once a check has waited for the index, it can tell whether a newer one replaced it.
export class CheckQueue {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly tickets = new Map<string, number>();

  /** Runs `run` after `delayMs` unless rescheduled or cancelled first. */
  schedule(uri: string, delayMs: number, run: () => void): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        run();
      }, delayMs),
    );
  }

  /** Drops the pending timer (a check already running goes on). */
  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** Starts a check; the returned function says whether it is still the newest for `uri`. */
  begin(uri: string): () => boolean {
    const ticket = (this.tickets.get(uri) ?? 0) + 1;
    this.tickets.set(uri, ticket);
    return () => this.tickets.get(uri) === ticket;
  }

  /** Forgets a closed document: checks in flight for it become stale. */
  forget(uri: string): void {
    this.cancel(uri);
    this.tickets.set(uri, (this.tickets.get(uri) ?? 0) + 1);
  }

  isPending(uri: string): boolean {
    return this.timers.has(uri);
  }
}
