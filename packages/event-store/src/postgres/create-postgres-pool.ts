import pg from 'pg';
import type { SqlExecutor } from '../sql/sql-executor.js';

export interface PostgresPoolOptions {
  connectionString: string;
  /** Connections in the pool. Default 10. */
  max?: number;
  /** A session idle inside a transaction longer than this is ended by the server. Default 60 s. */
  idleInTransactionTimeoutMs?: number;
}

export interface PostgresPool {
  pool: pg.Pool;
  sql: SqlExecutor;
  close(): Promise<void>;
}

/**
 * A `pg` pool and a SqlExecutor over it whose transactions survive a server shutdown without ending the
 * process. Used by the PostgreSQL event store and by read tables kept beside another store.
 */
export function createPostgresPool(options: PostgresPoolOptions): PostgresPool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 60_000,
  });
  // An idle pooled connection that dies emits 'error'; the pool replaces it, the process must not crash.
  pool.on('error', () => undefined);

  const sql: SqlExecutor = {
    async query<T>(text: string, params?: unknown[]) {
      const result = await pool.query(text, params);
      return { rows: result.rows as T[] };
    },
    async transaction(fn) {
      const client = await pool.connect();
      // The pool listens for errors only on idle clients. A server shutdown that reaches a checked-out
      // client between two statements would be an unhandled 'error' event, which ends the process.
      let lost: Error | null = null;
      const onError = (error: Error) => {
        lost ??= error;
      };
      client.on('error', onError);
      const release = (error?: Error) => {
        client.removeListener('error', onError);
        client.release(error ?? lost ?? undefined);
      };
      try {
        await client.query('begin');
        const result = await fn({
          async query<T>(text: string, params?: unknown[]) {
            const r = await client.query(text, params);
            return { rows: r.rows as T[] };
          },
        });
        await client.query('commit');
        release();
        return result;
      } catch (error) {
        if (lost) release();
        else
          await client.query('rollback').then(
            () => release(),
            (rollbackError: unknown) => release(rollbackError as Error),
          );
        throw error;
      }
    },
  };

  return { pool, sql, close: () => pool.end() };
}
