import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteEventStore } from '../pglite/create-pglite-event-store.js';
import { createPostgresEventStore } from '../postgres/create-postgres-event-store.js';
import { requireTestDatabaseUrl, skipPostgres } from '../postgres/postgres-test-url.js';
import type { NewEvent } from '../types.js';
import { encodeEvents, encodeGroup } from './event-tuples.js';
import type { SqlEventStore } from './sql-event-store.js';

const event = (): NewEvent => ({
  id: randomUUID(),
  type: 'ProgressReported',
  data: { figure: 1 },
  metadata: { actor: { userId: 'u', role: 'unit_officer' } },
});

/** What the append functions of migration 9 refuse, called directly as an older or faulty caller might. */
function describeGuards(name: string, skip: boolean, open: () => SqlEventStore) {
  describe.skipIf(skip)(`append_event_tuples guards on ${name}`, () => {
    let store: SqlEventStore;
    beforeAll(async () => {
      store = open();
      await store.init();
    });
    afterAll(async () => {
      if (store.kind === 'postgres') await store.sql.query(`drop schema if exists ${store.schema} cascade`);
      await store.close();
    });

    const count = async (streamId: string) =>
      Number(
        (
          await store.sql.query<{ n: string }>(
            `select count(*)::text as n from ${store.schema}.events where stream_id = $1`,
            [streamId],
          )
        ).rows[0]!.n,
      );

    it('refuses events whose digests do not add up, with a code, and stores nothing', async () => {
      const { jsonb, digests } = encodeEvents([event(), event()]);
      const call = store.sql.query(
        `select * from ${store.schema}.append_event_tuples($1, null, 'any', $2::jsonb, decode($3, 'hex'))`,
        ['guarded', jsonb.subarray(1).toString('utf8'), digests.subarray(0, 32).toString('hex')],
      );
      await expect(call).rejects.toMatchObject({ code: '22023' });
      expect(await count('guarded')).toBe(0);
      // The same events with all their digests go in.
      await store.append('guarded', [event(), event()], 'no_stream');
      expect(await count('guarded')).toBe(2);
    });

    it('rolls a whole group back when its digests run short', async () => {
      const first = encodeEvents([event()]);
      const second = encodeEvents([event(), event()]);
      const group = encodeGroup([
        { streamId: 'group-a', expected: null, mode: 'any', events: first },
        { streamId: 'group-b', expected: null, mode: 'any', events: second },
      ]);
      const call = store.sql.query(
        `select * from ${store.schema}.append_event_tuples_group($1::jsonb, decode($2, 'hex'))`,
        [group.jsonb.subarray(1).toString('utf8'), group.digests.subarray(0, 64).toString('hex')],
      );
      await expect(call).rejects.toMatchObject({ code: '22023' });
      expect(await count('group-a')).toBe(0);
      expect(await count('group-b')).toBe(0);
    });
  });
}

describeGuards('pglite', false, () => createPgliteEventStore({}));
describeGuards('postgres (needs TEST_DATABASE_URL)', skipPostgres, () =>
  createPostgresEventStore({
    connectionString: requireTestDatabaseUrl(),
    schema: `es_tuples_${randomUUID().slice(0, 8)}`,
  }),
);
