/** Quotes a PostgreSQL identifier (schema name from configuration) for use inside generated SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
