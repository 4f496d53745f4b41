import type { Checkpoint } from '@duban/event-store';
import { checkpointCodec, compareCheckpoints } from '@duban/event-store';
import { isStoreUnavailable } from '../errors/is-store-unavailable.js';
import type { Projector } from './projector.js';
import type { ReadDatabase } from './read-database.js';
import { ReadModelStaleError } from './read-model-stale.error.js';

export interface WaitOptions {
  /** Defaults to the configured DUBAN_READ_WAIT_MS. */
  timeoutMs?: number;
  /** Projections to wait for; all registered ones by default. */
  projections?: readonly string[];
}

/** How often the checkpoints are read back while waiting for a projector running in another instance. */
const POLL_MS = 20;
/** How often to look again while the database does not answer. */
const UNAVAILABLE_POLL_MS = 250;

/**
 * Read-your-writes: a mutation appends, then waits here until the projections have committed past
 * its events, so the answer it returns (and the next query) already shows the change. Commits of
 * the local projector wake waiters at once; a projector in another instance is seen by polling.
 */
export class ProjectionWaiter {
  private readonly known = new Map<string, Checkpoint>();
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly projector: Projector,
    private readonly db: ReadDatabase,
    private readonly defaultTimeoutMs: number,
  ) {
    projector.onCommitted((name, checkpoint) => {
      this.known.set(name, checkpoint);
      this.wakeAll();
    });
    // A rebuild may move checkpoints back to where it was built to; read them again.
    projector.onRebuilt(() => {
      this.known.clear();
      this.wakeAll();
    });
  }

  async waitFor(target: Checkpoint | null | undefined, options: WaitOptions = {}): Promise<void> {
    if (!target) return;
    const names = options.projections ?? this.projector.projections.map((p) => p.name);
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const deadline = Date.now() + timeoutMs;
    const behind = () =>
      names.filter((name) => {
        const at = this.known.get(name);
        return !at || compareCheckpoints(at, target) < 0;
      });
    if (behind().length === 0) return;
    // The change is stored by now: a database that stops answering makes the wait run out (STALE),
    // it must not turn into UNAVAILABLE, which tells the client to send the command again.
    let answering = await this.tryRefresh();
    while (behind().length > 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new ReadModelStaleError(checkpointCodec.format(target), timeoutMs, behind());
      await this.sleep(Math.min(left, answering ? POLL_MS : UNAVAILABLE_POLL_MS));
      if (behind().length > 0) answering = await this.tryRefresh();
    }
  }

  /**
   * Waits for the change at `target`, then reads the answer. When `target` is set the change is
   * stored, so a read that fails because the database went away is reported as STALE (saved, not yet
   * shown) rather than UNAVAILABLE.
   */
  async readBack<T>(
    target: Checkpoint | null | undefined,
    read: () => Promise<T>,
    options: WaitOptions = {},
  ): Promise<T> {
    const started = Date.now();
    await this.waitFor(target, options);
    try {
      return await read();
    } catch (error) {
      if (!target || !isStoreUnavailable(error)) throw error;
      throw new ReadModelStaleError(checkpointCodec.format(target), Date.now() - started, []);
    }
  }

  /** Reads the checkpoints; false when the database does not answer. */
  private async tryRefresh(): Promise<boolean> {
    try {
      await this.refresh();
      return true;
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      return false;
    }
  }

  private async refresh(): Promise<void> {
    for (const row of await this.projector.checkpoints.all(this.db.sql)) {
      const at = this.known.get(row.name);
      if (!at || compareCheckpoints(at, row.checkpoint) !== 0) this.known.set(row.name, row.checkpoint);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  private wakeAll(): void {
    for (const wake of [...this.wakers]) wake();
  }
}
