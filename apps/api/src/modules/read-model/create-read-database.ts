import { createPostgresPool } from '@duban/event-store';
import type { EventStore, SqlEventStore } from '@duban/event-store';
import type { AppConfig } from '../../core/config/app-config.js';
import type { ReadDatabase } from '../../core/projection/read-database.js';
import { readSchemasFor } from '../../core/projection/read-schemas.js';

const hasSql = (store: EventStore): store is SqlEventStore =>
  typeof (store as Partial<SqlEventStore>).sql?.transaction === 'function';

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
  // A pool on DATABASE_URL for read tables beside an event store that is not PostgreSQL (KurrentDB).
  const pool = createPostgresPool({ connectionString: config.databaseUrl });
  return { sql: pool.sql, schemas, lockUrl: config.databaseUrl, close: pool.close };
}
