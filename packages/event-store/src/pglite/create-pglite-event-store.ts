import { PGlite } from '@electric-sql/pglite';
import { SqlEventStoreCore } from '../sql/sql-event-store.js';
import type { SqlEventStore } from '../sql/sql-event-store.js';
import type { SqlExecutor } from '../sql/sql-executor.js';
import { resolveGroupCommit } from '../sql/group-commit.js';
import type { GroupCommitSetting } from '../sql/group-commit.js';
import { PglitePreparedQueries } from './prepared-query.js';

export interface PgliteEventStoreOptions {
  /** Directory holding the database files; omitted = in memory (gone when closed). */
  dataDir?: string;
  /** An already open PGlite to use instead (the store then leaves closing it to the owner). */
  pglite?: PGlite;
  /** Schema for the store's tables. Default `event_store`. */
  schema?: string;
  /** How often an idle subscription looks for events written by other store objects. Default 100 ms. */
  pollIntervalMs?: number;
  /**
   * Group commit (ADR 0007): appends arriving while one runs wait and then run together, in one
   * transaction. `false` runs every append on its own. Default `{ maxInFlight: 1, maxAppends: 64,
   * soloEvents: 16 }` (PGlite has one connection).
   */
  groupCommit?: GroupCommitSetting;
}

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, in this process, with one connection.
 * Call `init()` before use. Subscriptions are woken by appends through this store object and poll
 * briefly otherwise.
 */
export function createPgliteEventStore(options: PgliteEventStoreOptions = {}): SqlEventStore {
  const owned = !options.pglite;
  const db = options.pglite ?? new PGlite(options.dataDir);
  const sql: SqlExecutor = {
    async query<T>(text: string, params?: unknown[]) {
      const result = await db.query<T>(text, params as unknown[]);
      return { rows: result.rows };
    },
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          async query<T>(text: string, params?: unknown[]) {
            const result = await tx.query<T>(text, params as unknown[]);
            return { rows: result.rows };
          },
        }),
      ),
  };
  const prepared = new PglitePreparedQueries(db);
  const store = new SqlEventStoreCore(
    'pglite',
    options.schema ?? 'event_store',
    sql,
    {
      queryPrepared: (name, text, params) => prepared.query(name, text, params),
      queryArrays: async <T extends unknown[]>(text: string, params: unknown[]) =>
        (await db.query<T>(text, params, { rowMode: 'array' })).rows,
      groupCommit: resolveGroupCommit(options.groupCommit, 1),
      close: async () => {
        if (owned && !db.closed) await db.close();
      },
    },
    options.pollIntervalMs ?? 100,
  );
  const init = store.init.bind(store);
  store.init = async () => {
    await db.waitReady;
    // One connection serves everyone here, so a transaction left open would stall the whole store.
    await db.query(`set idle_in_transaction_session_timeout = '60s'`);
    await init();
  };
  return store;
}
