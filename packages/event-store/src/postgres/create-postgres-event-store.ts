import pg from 'pg';
import { SqlEventStoreCore } from '../sql/sql-event-store.js';
import type { SqlEventStore } from '../sql/sql-event-store.js';
import { createPostgresPool } from './create-postgres-pool.js';
import type { WakeSignal } from '../core/wake-signal.js';
import { resolveGroupCommit } from '../sql/group-commit.js';
import type { GroupCommitSetting } from '../sql/group-commit.js';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** Schema for the store's tables. Default `event_store`. */
  schema?: string;
  /** Connections in the pool. Default 10. */
  poolSize?: number;
  /** How often an idle subscription polls when no notification arrives. Default 250 ms. */
  pollIntervalMs?: number;
  /** A session idle inside a transaction longer than this is ended by the server. Default 60 s. */
  idleInTransactionTimeoutMs?: number;
  /**
   * Minimum gap between the NOTIFYs that tell other processes new events exist. NOTIFY takes a
   * database-wide lock at commit, so sending one per append would serialise all appends. Default 10 ms.
   */
  notifyIntervalMs?: number;
  /**
   * Group commit (ADR 0007): at most `maxInFlight` appends run at once; appends arriving meanwhile
   * wait and go to the server together, one round trip and one commit. `false` sends every append
   * on its own. Default `{ maxInFlight: 2, maxAppends: 64, soloEvents: 16 }`.
   */
  groupCommit?: GroupCommitSetting;
}

/** A PostgreSQL server through `pg`, with the same schema as the PGlite store. Call `init()` before use. */
export function createPostgresEventStore(options: PostgresEventStoreOptions): SqlEventStore {
  const schema = options.schema ?? 'event_store';
  const channel = `${schema}_events`;
  const idleTimeout = options.idleInTransactionTimeoutMs ?? 60_000;
  const { pool, sql } = createPostgresPool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    idleInTransactionTimeoutMs: idleTimeout,
  });

  let closed = false;
  let notifying: Promise<void> | null = null;
  let pending = false;
  const notifyInterval = options.notifyIntervalMs ?? 10;
  const sendNotifies = async () => {
    while (pending && !closed) {
      pending = false;
      await pool.query('select pg_notify($1, $2)', [channel, '']).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, notifyInterval));
    }
    notifying = null;
  };

  let listener: pg.Client | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;
  const listen = async (wake: WakeSignal): Promise<void> => {
    if (closed) return;
    const client = new pg.Client({ connectionString: options.connectionString });
    const retry = () => {
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (listener === client) listener = null;
      if (!closed && !reconnectTimer) {
        reconnectTimer = setTimeout(() => {
          reconnectTimer = null;
          void listen(wake).catch(() => undefined);
        }, 1000);
      }
      // Events may have been written while disconnected: let subscriptions look now.
      wake.notify();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', () => wake.notify());
    try {
      await client.connect();
      await client.query(`listen "${channel}"`);
      listener = client;
    } catch (error) {
      retry();
      throw error;
    }
  };

  return new SqlEventStoreCore(
    'postgres',
    schema,
    sql,
    {
      afterAppend: () => {
        pending = true;
        notifying ??= sendNotifies();
      },
      startListening: listen,
      groupCommit: resolveGroupCommit(options.groupCommit, 2),
      async queryPrepared<T>(name: string, text: string, values: unknown[]) {
        const result = await pool.query({ name, text, values });
        return { rows: result.rows as T[] };
      },
      async queryArrays<T extends unknown[]>(text: string, values: unknown[]) {
        const result = await pool.query({ text, values, rowMode: 'array' });
        return result.rows as T[];
      },
      close: async () => {
        closed = true;
        if (reconnectTimer) clearTimeout(reconnectTimer);
        await notifying;
        if (listener) {
          const client = listener;
          listener = null;
          client.removeAllListeners();
          client.on('error', () => undefined);
          await client.end().catch(() => undefined);
        }
        await pool.end();
      },
    },
    options.pollIntervalMs ?? 250,
  );
}
