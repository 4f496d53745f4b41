import type { ReadAllEvent } from '@duban/event-store';

/** A SQL connection or transaction on the read database (PGlite or PostgreSQL). */
export interface SqlTx {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/**
 * A projection turns events into read-table rows. The projector applies `apply` for every event in
 * global order and commits the row changes together with its checkpoint, so each event takes effect
 * exactly once. Tables live in the schema passed in (normally `read`; a shadow schema during a
 * rebuild, swapped in when complete), so never hard-code the schema name.
 */
export interface Projection {
  /** Stable name, used for the checkpoint row. */
  readonly name: string;
  /** Bump when the tables or the mapping change: the projector then rebuilds it from the log. */
  readonly version: number;
  /** Creates the projection's tables and indexes in `schema` (idempotent: IF NOT EXISTS). */
  setup(tx: SqlTx, schema: string): Promise<void>;
  /** Applies one event. Events of types it does not care about are simply ignored. */
  apply(event: ReadAllEvent, tx: SqlTx, schema: string): Promise<void>;
}
