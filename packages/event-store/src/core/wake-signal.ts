/**
 * Lets waiting subscriptions sleep until either new events may exist (someone calls `notify`) or
 * the polling interval passes, whichever comes first.
 */
export class WakeSignal {
  private waiters = new Set<() => void>();

  wait(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
