import type { EventStore, SqlEventStore, SqlExecutor } from '@duban/event-store';
import pg from 'pg';
import type { AppConfig } from '../../core/config/app-config.js';
import type { ReadDatabase } from '../../core/projection/read-database.js';
import { readSchemasFor } from '../../core/projection/read-schemas.js';

const hasSql = (store: EventStore): store is SqlEventStore =>
  typeof (store as Partial<SqlEventStore>).sql?.transaction === 'function';

/** A pool on DATABASE_URL, for read tables beside an event store that is not PostgreSQL (KurrentDB). */
function poolExecutor(url: string): { sql: SqlExecutor; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: 10, idle_in_transaction_session_timeout: 60_000 });
  pool.on('error', () => undefined);
  return {
    sql: {
      async query<T>(text: string, params?: unknown[]) {
        const result = await pool.query(text, params);
        return { rows: result.rows as T[] };
      },
      async transaction(fn) {
        const client = await pool.connect();
        // A checked-out client has no pool listener: a server shutdown between two statements would
        // otherwise be an unhandled 'error' event and end the process.
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
    },
    close: () => pool.end(),
  };
}

/**
 * The read side's database: the event store's own (PGlite in embedded mode, the PostgreSQL pool in
 * server mode), or a pool on DATABASE_URL when events live in KurrentDB.
 */
export function createReadDatabase(store: EventStore, config: AppConfig): ReadDatabase {
  const schemas = readSchemasFor(config.databaseSchema);
  if (hasSql(store)) {
    return {
      sql: store.sql,
      schemas,
      lockUrl: store.kind === 'postgres' ? config.databaseUrl : null,
      close: async () => undefined,
    };
  }
  if (!config.databaseUrl) throw new Error(`the ${store.kind} store needs DATABASE_URL for the read tables`);
  const pool = poolExecutor(config.databaseUrl);
  return { sql: pool.sql, schemas, lockUrl: config.databaseUrl, close: pool.close };
}
