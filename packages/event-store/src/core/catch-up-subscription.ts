import { START } from '../types.js';
import type { Checkpoint, ReadAllEvent, ReadAllOptions, SubscribeOptions, Subscription } from '../types.js';
import type { WakeSignal } from './wake-signal.js';

export interface CatchUpSubscriptionOptions {
  readAll(options: ReadAllOptions): Promise<ReadAllEvent[]>;
  wake: WakeSignal;
  pollIntervalMs: number;
  /** Pause after a failed read or handler before trying the same batch again. */
  retryDelayMs?: number;
}

/**
 * Reads the global log in pages after its position and hands each page to `onEvents`, advancing only
 * once the handler has finished, so every event is delivered once and in checkpoint order. When a
 * page comes back short the log is caught up; it then sleeps until woken or the poll interval ends.
 *
 * With `onError` the subscription reports failures and retries the same page after a pause; without
 * it the first failure stops the subscription (and rejects `caughtUp` if still pending). Stopping
 * before the log was caught up resolves `caughtUp`, so nobody waits on it forever.
 */
export class CatchUpSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  private current: Checkpoint;
  private stopped = false;
  private handling = false;
  private readonly loop: Promise<void>;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (error: unknown) => void;
  private caughtUpSettled = false;

  constructor(
    private readonly source: CatchUpSubscriptionOptions,
    private readonly options: SubscribeOptions,
  ) {
    this.current = options.after ?? START;
    this.caughtUp = new Promise<void>((resolve, reject) => {
      this.resolveCaughtUp = resolve;
      this.rejectCaughtUp = reject;
    });
    // A rejected caughtUp nobody awaits must not crash the process.
    this.caughtUp.catch(() => undefined);
    this.loop = this.run();
  }

  get position(): Checkpoint {
    return this.current;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.source.wake.notify();
    // Called from inside onEvents, waiting for the loop would wait for ourselves.
    if (!this.handling) await this.loop;
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    // The page after the one being handled, asked for before the handler runs: while a projector
    // writes one page, the database is already reading the next. Used only if the handler succeeds;
    // after a failure the same page is read again from the subscription's position.
    let next: Promise<ReadAllEvent[]> | null = null;
    while (!this.stopped) {
      let batch: ReadAllEvent[];
      try {
        const read = next ?? this.source.readAll({ after: this.current, limit: batchSize });
        next = null;
        batch = await read;
        if (this.stopped) break;
        if (batch.length > 0) {
          if (batch.length === batchSize) {
            next = this.source.readAll({ after: batch[batch.length - 1]!.checkpoint, limit: batchSize });
            // Awaited on the next turn, or dropped; a failure meanwhile must not go unhandled.
            next.catch(() => undefined);
          }
          this.handling = true;
          try {
            await this.options.onEvents(batch);
          } finally {
            this.handling = false;
          }
          this.current = batch[batch.length - 1]!.checkpoint;
        }
      } catch (error) {
        next = null;
        if (!this.options.onError) {
          this.stopped = true;
          if (!this.caughtUpSettled) {
            this.caughtUpSettled = true;
            this.rejectCaughtUp(error);
          }
          return;
        }
        this.options.onError(error);
        if (!this.stopped) await this.source.wake.wait(this.source.retryDelayMs ?? 1000);
        continue;
      }
      if (batch.length < batchSize) {
        if (!this.caughtUpSettled) {
          this.caughtUpSettled = true;
          this.resolveCaughtUp();
        }
        if (!this.stopped) await this.source.wake.wait(this.source.pollIntervalMs);
      }
    }
    if (!this.caughtUpSettled) {
      this.caughtUpSettled = true;
      this.resolveCaughtUp();
    }
  }
}
