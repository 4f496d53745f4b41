import type { ReadAllEvent } from '@duban/event-store';

/** A SQL connection or transaction on the read database (PGlite or PostgreSQL). */
export interface SqlTx {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/**
 * A projection turns events into read-table rows. The projector hands it the events of the global
 * log in order, a batch at a time, and commits the row changes together with its checkpoint, so each
 * event takes effect exactly once. Tables live in the schema passed in (normally `read`; a shadow
 * schema during a rebuild, swapped in when complete), so never hard-code the schema name.
 */
export interface Projection {
  /** Stable name, used for the checkpoint row and the advisory lock. */
  readonly name: string;
  /** Bump when the tables or the mapping change: the projector then rebuilds the read model from the log. */
  readonly version: number;
  /** Creates the projection's tables and indexes in `schema` (idempotent: IF NOT EXISTS). */
  setup(tx: SqlTx, schema: string): Promise<void>;
  /**
   * Applies a batch of events, in global order, inside the projector's transaction. Events of types
   * the projection does not care about are ignored. Batching lets a projection read and write many
   * rows per statement, which is what makes a rebuild fast.
   */
  applyBatch(events: readonly ReadAllEvent[], tx: SqlTx, schema: string): Promise<void>;
  /**
   * Optional fast path for a rebuild into an empty schema: the session may keep its rows in memory
   * across batches and write them once in `finish`, since nothing else writes the shadow schema.
   */
  beginRebuild?(schema: string): RebuildSession;
}

export interface RebuildSession {
  applyBatch(events: readonly ReadAllEvent[], tx: SqlTx): Promise<void>;
  finish(tx: SqlTx): Promise<void>;
}
