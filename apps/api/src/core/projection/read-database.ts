import type { SqlExecutor } from '@duban/event-store';
import type { ReadSchemas } from './read-schemas.js';

/**
 * The database holding the read tables and projector checkpoints: the PGlite instance itself in
 * embedded mode, the PostgreSQL pool in server mode, and PostgreSQL (DATABASE_URL) beside KurrentDB.
 */
export interface ReadDatabase {
  readonly sql: SqlExecutor;
  readonly schemas: ReadSchemas;
  /**
   * PostgreSQL URL for the dedicated session that holds the projectors' advisory locks; null when
   * one process owns the database (PGlite), where locks are kept in memory.
   */
  readonly lockUrl: string | null;
  close(): Promise<void>;
}

/** Injection token of the `ReadDatabase`. */
export const READ_DATABASE = Symbol('READ_DATABASE');
