import type { Checkpoint, EventStore, ReadAllEvent, SqlEventStore } from '@duban/event-store';
import { START, checkpointCodec } from '@duban/event-store';
import { CheckpointTable } from './checkpoint-table.js';
import type { Projection, SqlTx } from './projection.js';
import { InProcessLocks, PgAdvisoryLocks, advisoryKey } from './projector-locks.js';
import type { ProjectorLocks } from './projector-locks.js';
import type { ProjectorLogger } from './projector-logger.js';
import { quietLogger } from './projector-logger.js';
import { ProjectionRunner } from './projection-runner.js';
import type { ReadDatabase } from './read-database.js';
import { ident } from './read-table.js';

export interface ProjectorOptions {
  store: EventStore;
  db: ReadDatabase;
  projections: readonly Projection[];
  /** Events per live batch (one transaction each). */
  batchSize?: number;
  /** Events per rebuild batch. */
  rebuildBatchSize?: number;
  /** How often an instance without the lock tries to take it over. */
  lockPollMs?: number;
  /** Pause after a failed batch before trying again. */
  retryDelayMs?: number;
  logger?: ProjectorLogger;
  /** Locks to use instead of the ones the database calls for (tests). */
  locks?: ProjectorLocks;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  checkpoint: Checkpoint;
  /** Events in the log after the checkpoint (counted up to `LAG_COUNT_CAP`). */
  lagEvents: number;
  /** Age of the oldest event not yet projected; 0 when caught up. */
  lagMs: number;
  /** Whether some instance is running this projection. */
  active: boolean;
  rebuilding: boolean;
}

export interface RebuildResult {
  events: number;
  ms: number;
  checkpoint: Checkpoint;
}

export type CommitListener = (name: string, checkpoint: Checkpoint, events: readonly ReadAllEvent[]) => void;

const REBUILD_LOCK = '$rebuild';
const LAG_COUNT_CAP = 1_000_000;

const isSqlStore = (store: EventStore): store is SqlEventStore =>
  typeof (store as Partial<SqlEventStore>).sql?.query === 'function' &&
  typeof (store as Partial<SqlEventStore>).schema === 'string';

/**
 * Keeps the read model in step with the log: one runner per projection (the instance holding its
 * lock applies batches, the others stand by), a rebuild into a shadow schema that is swapped in whole,
 * and the status figures behind `projectionStatus` and `/metrics`.
 */
/** Batches a rebuild reads ahead of the slowest projection's writes. */
const REBUILD_BATCHES_IN_FLIGHT = 3;

export class Projector {
  readonly checkpoints: CheckpointTable;
  private readonly runners: ProjectionRunner[];
  private readonly locks: ProjectorLocks;
  private readonly logger: ProjectorLogger;
  private readonly commitListeners = new Set<CommitListener>();
  private readonly rebuildListeners = new Set<(checkpoint: Checkpoint) => void>();
  private rebuildRun: Promise<RebuildResult> | null = null;
  private started = false;

  constructor(private readonly options: ProjectorOptions) {
    const { db, store } = options;
    this.logger = options.logger ?? quietLogger;
    this.checkpoints = new CheckpointTable(db.schemas.projector);
    this.locks =
      options.locks ??
      (db.lockUrl ? new PgAdvisoryLocks(db.lockUrl, db.schemas.projector) : new InProcessLocks(db.sql));
    this.runners = options.projections.map(
      (projection) =>
        new ProjectionRunner(projection, {
          store,
          db,
          checkpoints: this.checkpoints,
          locks: this.locks,
          batchSize: options.batchSize ?? 1000,
          lockPollMs: options.lockPollMs ?? 1000,
          retryDelayMs: options.retryDelayMs ?? 1000,
          logger: this.logger,
          committed: (name, checkpoint, events) => {
            for (const listener of this.commitListeners) listener(name, checkpoint, events);
          },
        }),
    );
    this.locks.onLost(() => {
      this.logger.warn('the projector lock session ended: standing by until the locks are taken again');
      for (const runner of this.runners) runner.lockLost();
    });
  }

  get projections(): readonly Projection[] {
    return this.options.projections;
  }

  /** Creates what is missing, rebuilds when a projection is new or changed its version, starts the runners. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.setup();
    if (await this.needsRebuild()) await this.rebuildWhenFree();
    for (const runner of this.runners) runner.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.rebuildRun?.catch(() => undefined);
    await this.locks.close();
  }

  /** Called after every committed batch, with the projection's name, new checkpoint and the batch. */
  onCommitted(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** Called after a rebuild was swapped in, with the checkpoint it was built to. */
  onRebuilt(listener: (checkpoint: Checkpoint) => void): () => void {
    this.rebuildListeners.add(listener);
    return () => this.rebuildListeners.delete(listener);
  }

  /** Whether this instance runs the projection now. */
  isActiveHere(name: string): boolean {
    return this.runners.some((runner) => runner.projection.name === name && runner.active);
  }

  get rebuildingHere(): boolean {
    return this.rebuildRun !== null;
  }

  /**
   * Builds every projection from the start of the log into the shadow schema, then swaps it in for the
   * read schema in one transaction: readers see the old model until the commit and the new one after,
   * never a half-built one. Runners carry on from the rebuild's checkpoint. Only one instance rebuilds
   * at a time; a second call while one runs here joins it.
   */
  rebuild(): Promise<RebuildResult> {
    this.rebuildRun ??= this.runRebuild().finally(() => {
      this.rebuildRun = null;
    });
    return this.rebuildRun;
  }

  async status(now: Date = new Date()): Promise<ProjectionStatus[]> {
    const rows = new Map((await this.checkpoints.all(this.options.db.sql)).map((row) => [row.name, row]));
    const rebuilding =
      this.rebuildRun !== null || (await this.locks.isHeldAnywhere(REBUILD_LOCK).catch(() => false));
    const result: ProjectionStatus[] = [];
    for (const projection of this.options.projections) {
      const row = rows.get(projection.name);
      const checkpoint = row?.checkpoint ?? START;
      const [next] = await this.options.store.readAll({ after: checkpoint, limit: 1 });
      result.push({
        name: projection.name,
        version: row?.version ?? 0,
        checkpoint,
        lagEvents: next ? await this.countAfter(checkpoint) : 0,
        lagMs: next ? Math.max(0, now.getTime() - Date.parse(next.recordedAt)) : 0,
        active:
          this.isActiveHere(projection.name) ||
          (await this.locks.isHeldAnywhere(`projection:${projection.name}`).catch(() => false)),
        rebuilding,
      });
    }
    return result;
  }

  private async countAfter(checkpoint: Checkpoint): Promise<number> {
    const { store } = this.options;
    if (isSqlStore(store)) {
      // Counting in the database: reading a large backlog just to count it would be the lag's own cause.
      const { rows } = await store.sql.query<{ n: string }>(
        `select count(*)::text as n from (select 1 from ${ident(store.schema)}.events e
           where (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint) limit ${LAG_COUNT_CAP}) x`,
        [checkpoint.transactionId.toString(), checkpoint.globalPosition.toString()],
      );
      return Number(rows[0]?.n ?? 0);
    }
    let count = 0;
    let after = checkpoint;
    for (;;) {
      const page = await store.readAll({ after, limit: 1000 });
      count += page.length;
      if (page.length < 1000 || count >= 10_000) return count;
      after = page[page.length - 1]!.checkpoint;
    }
  }

  private async setup(): Promise<void> {
    const { db } = this.options;
    const [a, b] = advisoryKey(db.schemas.projector, '$setup');
    await db.sql.transaction(async (tx) => {
      // Two instances starting together would otherwise race on CREATE SCHEMA IF NOT EXISTS.
      await tx.query('select pg_advisory_xact_lock($1::int, $2::int)', [a, b]);
      await this.checkpoints.ensure(tx);
      await tx.query(`create schema if not exists ${ident(db.schemas.read)}`);
      for (const projection of this.options.projections) await projection.setup(tx, db.schemas.read);
    });
  }

  private async needsRebuild(): Promise<boolean> {
    const rows = new Map((await this.checkpoints.all(this.options.db.sql)).map((row) => [row.name, row]));
    return this.options.projections.some((p) => rows.get(p.name)?.version !== p.version);
  }

  /** At start: rebuild if no other instance is already doing it (its swap then brings our versions). */
  private async rebuildWhenFree(): Promise<void> {
    if (!(await this.locks.tryAcquire(REBUILD_LOCK))) return;
    await this.locks.release(REBUILD_LOCK);
    await this.rebuild();
  }

  private async runRebuild(): Promise<RebuildResult> {
    const { db, store, projections } = this.options;
    const { shadow } = db.schemas;
    const batchSize = this.options.rebuildBatchSize ?? 5000;
    while (!(await this.locks.tryAcquire(REBUILD_LOCK))) {
      await new Promise((resolve) => setTimeout(resolve, this.options.lockPollMs ?? 1000));
    }
    const started = performance.now();
    try {
      await this.setup();
      this.logger.log(`rebuilding ${projections.length} projections into ${shadow}`);
      await db.sql.transaction(async (tx) => {
        await tx.query(`drop schema if exists ${ident(shadow)} cascade`);
        await tx.query(`create schema ${ident(shadow)}`);
        for (const projection of projections) await projection.setup(tx, shadow);
      });
      let position = START;
      let events = 0;
      const sessions = projections.map((projection) => projection.beginRebuild?.(shadow) ?? null);
      // Each projection writes its own shadow tables in transactions of its own, one batch after the
      // other, while the next batches are read and the other projections fold and write theirs: one
      // folds while another's rows are written, on several PostgreSQL backends. Nothing is visible
      // before the swap, and a failure anywhere abandons the whole rebuild.
      const chains: Promise<void>[] = projections.map(() => Promise.resolve());
      const inFlight: Promise<unknown>[] = [];
      try {
        let next = store.readAll({ after: position, limit: batchSize });
        for (;;) {
          const batch = await next;
          if (batch.length === 0) break;
          position = batch[batch.length - 1]!.checkpoint;
          events += batch.length;
          const more = batch.length === batchSize;
          if (more) next = store.readAll({ after: position, limit: batchSize });
          const steps = projections.map((projection, i) => {
            const step = chains[i]!.then(() =>
              db.sql.transaction(async (tx) => {
                const session = sessions[i];
                if (session) await session.applyBatch(batch, tx);
                else await projection.applyBatch(batch, tx, shadow);
              }),
            );
            chains[i] = step;
            return step;
          });
          const all = Promise.all(steps);
          // Awaited below, in order; a rejection meanwhile must not count as unhandled.
          all.catch(() => undefined);
          inFlight.push(all);
          // Bounded memory: at most this many batches read but not yet written by every projection.
          if (inFlight.length >= REBUILD_BATCHES_IN_FLIGHT) await inFlight.shift();
          if (!more) break;
        }
        await Promise.all(inFlight);
      } catch (error) {
        // No write may still be going when the shadow schema is dropped and the lock released.
        await Promise.allSettled(chains);
        throw error;
      }
      // Documents written and indexes built per projection, at once, on as many backends.
      await Promise.all(sessions.map((session) => session && db.sql.transaction((tx) => session.finish(tx))));
      await db.sql.transaction((tx) => this.swap(tx, position));
      const ms = performance.now() - started;
      this.logger.log(
        `rebuilt ${projections.length} projections from ${events} events in ${Math.round(ms)} ms (at ${checkpointCodec.format(position)})`,
      );
      for (const runner of this.runners) runner.reposition();
      for (const listener of this.rebuildListeners) listener(position);
      return { events, ms, checkpoint: position };
    } finally {
      await this.locks.release(REBUILD_LOCK);
      await db.sql.query(`drop schema if exists ${ident(shadow)} cascade`).catch(() => undefined);
    }
  }

  /**
   * One transaction: lock every checkpoint row (waiting for batches in flight), put the shadow schema
   * in place of the read schema, and set every projection to the rebuild's checkpoint and version.
   * Events after that checkpoint are applied by the runners to the new tables.
   */
  private async swap(tx: SqlTx, position: Checkpoint): Promise<void> {
    const { read, shadow, retired } = this.options.db.schemas;
    const projections = this.options.projections;
    for (const projection of projections) {
      await tx.query(
        `insert into ${ident(this.options.db.schemas.projector)}.checkpoints (name, version, position)
         values ($1, 0, $2) on conflict (name) do nothing`,
        [projection.name, checkpointCodec.format(START)],
      );
    }
    await this.checkpoints.lock(
      tx,
      projections.map((p) => p.name),
    );
    const { rows } = await tx.query<{ n: number }>(
      'select count(*)::int as n from pg_namespace where nspname = $1',
      [read],
    );
    await tx.query(`drop schema if exists ${ident(retired)} cascade`);
    if ((rows[0]?.n ?? 0) > 0) await tx.query(`alter schema ${ident(read)} rename to ${ident(retired)}`);
    await tx.query(`alter schema ${ident(shadow)} rename to ${ident(read)}`);
    await tx.query(`drop schema if exists ${ident(retired)} cascade`);
    for (const projection of projections)
      await this.checkpoints.save(tx, projection.name, projection.version, position);
  }
}
