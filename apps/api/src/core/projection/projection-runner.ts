import type { Checkpoint, EventStore, ReadAllEvent, Subscription } from '@duban/event-store';
import { START, compareCheckpoints } from '@duban/event-store';
import type { CheckpointTable } from './checkpoint-table.js';
import type { Projection } from './projection.js';
import type { ProjectorLocks } from './projector-locks.js';
import type { ProjectorLogger } from './projector-logger.js';
import type { ReadDatabase } from './read-database.js';

export interface RunnerDeps {
  store: EventStore;
  db: ReadDatabase;
  checkpoints: CheckpointTable;
  locks: ProjectorLocks;
  batchSize: number;
  lockPollMs: number;
  retryDelayMs: number;
  logger: ProjectorLogger;
  committed(name: string, checkpoint: Checkpoint, events: readonly ReadAllEvent[]): void;
}

type FollowOutcome = 'stopped' | 'failed';

/** The checkpoint row moved under us (a rebuild was swapped in, or another instance ran a batch). */
class Repositioned extends Error {}

/**
 * Runs one projection: waits for its lock, then follows the global log from the stored checkpoint and
 * commits each batch's row changes together with the new checkpoint. The batch transaction locks the
 * checkpoint row first and checks it still holds the position the batch starts from, so neither a
 * second runner (a lost lock not yet noticed) nor a rebuild's swap can make an event count twice.
 */
export class ProjectionRunner {
  active = false;
  position: Checkpoint = START;
  private stopped = false;
  private loop: Promise<void> | null = null;
  private subscription: Subscription | null = null;
  private endFollow: ((outcome: FollowOutcome) => void) | null = null;
  private readonly lockKey: string;
  private readonly stopping = new AbortController();

  constructor(
    readonly projection: Projection,
    private readonly deps: RunnerDeps,
  ) {
    this.lockKey = `projection:${projection.name}`;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    await this.unfollow('stopped');
    await this.loop;
    if (this.active) await this.deps.locks.release(this.lockKey);
    this.active = false;
  }

  /** The lock session died: stop writing and compete for the lock again. */
  lockLost(): void {
    this.active = false;
    void this.unfollow('stopped');
  }

  /** Makes the runner re-read its checkpoint, e.g. right after a rebuild was swapped in. */
  reposition(): void {
    void this.unfollow('stopped');
  }

  private async run(): Promise<void> {
    const { locks, checkpoints, db, lockPollMs, logger } = this.deps;
    while (!this.stopped) {
      try {
        if (!this.active) {
          this.active = await locks.tryAcquire(this.lockKey);
          if (!this.active) {
            await this.pause(lockPollMs);
            continue;
          }
          logger.log(`projection ${this.projection.name}: this instance is now its projector`);
        }
        const row = await checkpoints.get(db.sql, this.projection.name);
        if (!row || row.version !== this.projection.version) {
          // Tables built by another version: a rebuild is due and will set the row when swapped in.
          await this.pause(lockPollMs);
          continue;
        }
        this.position = row.checkpoint;
        if ((await this.follow()) === 'failed') await this.pause(this.deps.retryDelayMs);
      } catch (error) {
        logger.error(
          `projection ${this.projection.name}: ${(error as Error).message}`,
          (error as Error).stack,
        );
        await this.pause(this.deps.retryDelayMs);
      }
    }
  }

  /** Sleeps, but not past `stop()`. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const signal = this.stopping.signal;
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    });
  }

  private follow(): Promise<FollowOutcome> {
    return new Promise<FollowOutcome>((resolve) => {
      if (this.stopped || !this.active) return resolve('stopped');
      this.endFollow = resolve;
      this.subscription = this.deps.store.subscribe({
        after: this.position,
        batchSize: this.deps.batchSize,
        onEvents: (batch) => this.handle(batch),
        onError: (error) =>
          this.deps.logger.warn(
            `projection ${this.projection.name}: reading the log failed: ${(error as Error).message}`,
          ),
      });
    });
  }

  private async unfollow(outcome: FollowOutcome): Promise<void> {
    const subscription = this.subscription;
    const end = this.endFollow;
    this.subscription = null;
    this.endFollow = null;
    if (subscription) await subscription.stop();
    end?.(outcome);
  }

  private async handle(batch: ReadAllEvent[]): Promise<void> {
    if (!this.active || this.stopped || batch.length === 0) return;
    const { db, checkpoints, logger } = this.deps;
    const { name, version } = this.projection;
    const from = this.position;
    const last = batch[batch.length - 1]!.checkpoint;
    try {
      await db.sql.transaction(async (tx) => {
        const [row] = await checkpoints.lock(tx, [name]);
        if (!row || row.version !== version || compareCheckpoints(row.checkpoint, from) !== 0)
          throw new Repositioned();
        await this.projection.applyBatch(batch, tx, db.schemas.read);
        await checkpoints.save(tx, name, version, last);
      });
    } catch (error) {
      if (!(error instanceof Repositioned)) {
        logger.error(
          `projection ${name}: batch after ${from.transactionId}:${from.globalPosition} failed: ${(error as Error).message}`,
        );
      }
      // Nothing of the batch was committed; start over from whatever the checkpoint row says.
      void this.unfollow(error instanceof Repositioned ? 'stopped' : 'failed');
      return;
    }
    this.position = last;
    this.deps.committed(name, last, batch);
  }
}
