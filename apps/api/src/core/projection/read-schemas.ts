/** The schemas the read side uses in its database. */
export interface ReadSchemas {
  /** Read tables that queries use. */
  read: string;
  /** Checkpoints of the projections. */
  projector: string;
  /** Where a rebuild writes before it is swapped in. */
  shadow: string;
  /** Where the replaced read schema sits for the moment of the swap. */
  retired: string;
}

/**
 * `read` and `projector`, or `<prefix>_read` and `<prefix>_projector` when the deployment gives the
 * event store a schema of its own (DUBAN_DB_SCHEMA): instances sharing one PostgreSQL for separate
 * stores (tests, staging next to production) then keep separate read models too.
 */
export function readSchemasFor(prefix: string | null): ReadSchemas {
  const p = prefix ? `${prefix}_` : '';
  return {
    read: `${p}read`,
    projector: `${p}projector`,
    shadow: `${p}read_shadow`,
    retired: `${p}read_retired`,
  };
}
