/**
 * The PostgreSQL URL for integration tests. Without one the suites are skipped by name, except in CI,
 * where a missing URL fails the run instead of silently testing less.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL;
export const skipPostgres = !testDatabaseUrl && !process.env.CI;

export function requireTestDatabaseUrl(): string {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL must be set when CI is set');
  return testDatabaseUrl;
}
