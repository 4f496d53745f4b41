/**
 * Plain SQL access to the database that holds the event store, for the read side: a projector applies
 * its read-table changes and its checkpoint in one `transaction`, on the same database as the log.
 * Parameters are positional ($1, $2, ...). Inside `transaction`, use only the `tx` handed to the
 * callback: on PGlite (one connection) a query through the outer executor would wait for the
 * transaction to end.
 */
export interface SqlQueryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface SqlExecutor extends SqlQueryable {
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}
