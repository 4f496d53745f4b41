import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EventStoreUnavailableError } from '../errors.js';
import { createPostgresEventStore } from './create-postgres-event-store.js';
import { requireTestDatabaseUrl, skipPostgres } from './postgres-test-url.js';

const schema = `es_pg_loss_${randomUUID().slice(0, 8)}`;

describe.skipIf(skipPostgres)(
  'postgres adapter when the server ends a session (needs TEST_DATABASE_URL)',
  () => {
    afterAll(async () => {
      const client = new pg.Client({ connectionString: requireTestDatabaseUrl() });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    });

    it('fails the transaction it was in with UNAVAILABLE, keeps the process alive and serves the next one', async () => {
      const store = createPostgresEventStore({
        connectionString: requireTestDatabaseUrl(),
        schema,
        poolSize: 2,
      });
      await store.init();
      const admin = new pg.Client({ connectionString: requireTestDatabaseUrl() });
      await admin.connect();
      const unhandled: unknown[] = [];
      const onUncaught = (error: unknown) => unhandled.push(error);
      process.on('uncaughtException', onUncaught);
      try {
        const outcome = await store.sql
          .transaction(async (tx) => {
            const { rows } = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
            // Between two statements, as a shutdown or a failover would: the session is ended from outside.
            await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
            await new Promise((resolve) => setTimeout(resolve, 200));
            await tx.query('select 1');
          })
          .then(
            () => 'committed',
            (error: unknown) => error,
          );
        expect(outcome).toBeInstanceOf(EventStoreUnavailableError);
        expect(unhandled).toEqual([]);
        const { rows } = await store.sql.query<{ one: number }>('select 1 as one');
        expect(rows).toEqual([{ one: 1 }]);
      } finally {
        process.off('uncaughtException', onUncaught);
        await admin.end();
        await store.close();
      }
    });
  },
);
