import pg from 'pg';
import type { ThrowawayPostgres } from './throwaway-postgres.js';
import { postgresBinDir, startThrowawayPostgres } from './throwaway-postgres.js';

/** The database a fault suite runs on, and how to give it back. */
export interface FaultDatabase {
  url: string;
  /** The suite's own server, which it may stop and start; null on the shared TEST_DATABASE_URL. */
  server: ThrowawayPostgres | null;
  /** Drops what the suite created: the whole server, or its schemas on the shared database. */
  release(schemaPrefix: string): Promise<void>;
}

/** Whether fault suites can run here: server binaries for a server of their own, or a shared database. */
export const canRunFaults = (): boolean => postgresBinDir() !== null || !!process.env.TEST_DATABASE_URL;
export const canRestartPostgres = (): boolean => postgresBinDir() !== null;

/**
 * A PostgreSQL server of the suite's own when the binaries are installed, so killing, stopping and
 * load touch nobody else; otherwise TEST_DATABASE_URL, where the suite keeps to schemas of its own.
 */
export async function openFaultDatabase(): Promise<FaultDatabase> {
  if (postgresBinDir()) {
    const server = await startThrowawayPostgres();
    const url = await server.createDatabase('faults');
    return { url, server, release: () => server.destroy() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('fault suites need PostgreSQL server binaries (PG_BIN_DIR) or TEST_DATABASE_URL');
  return {
    url,
    server: null,
    async release(prefix) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ nspname: string }>(
          `select nspname from pg_namespace where nspname = $1 or nspname like $2`,
          [prefix, `${prefix}\\_%`],
        );
        for (const { nspname } of rows) await client.query(`drop schema if exists "${nspname}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
