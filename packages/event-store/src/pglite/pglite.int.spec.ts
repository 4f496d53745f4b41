import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { runEventStoreContract } from '../testing/contract.js';
import { createPgliteEventStore } from './create-pglite-event-store.js';
import type { SqlEventStore } from '../sql/sql-event-store.js';

// One embedded database for the file (starting one takes seconds); every store gets its own schema.
const db = new PGlite();
let next = 0;

runEventStoreContract('pglite', () => createPgliteEventStore({ pglite: db, schema: `es_${next++}` }), {
  reopen: async (store) => createPgliteEventStore({ pglite: db, schema: (store as SqlEventStore).schema }),
});
afterAll(() => db.close());

describe('pglite adapter', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('keeps its events in the data directory across restarts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'event-store-'));
    dirs.push(dataDir);
    const event = {
      id: randomUUID(),
      type: 'TaskListIssued',
      data: { year: 2024 },
      metadata: { actor: { userId: 'u', role: 'office' } },
    };
    const first = createPgliteEventStore({ dataDir });
    await first.init();
    await first.append('task-list-2024', [event], 'no_stream');
    await first.close();

    const second = createPgliteEventStore({ dataDir });
    await second.init();
    expect((await second.readStream('task-list-2024')).map((e) => e.id)).toEqual([event.id]);
    const { rows } = await second.sql.query<{ setting: string }>(
      `select setting from pg_settings where name = 'idle_in_transaction_session_timeout'`,
    );
    expect(Number(rows[0]!.setting)).toBeGreaterThan(0);
    await second.close();
  });

  it('runs read-table changes in one transaction with the events table, rolling both back together', async () => {
    const store = createPgliteEventStore({ pglite: db, schema: `es_${next++}` });
    await store.init();
    await store.sql.query(
      `create table ${store.schema}.checkpoints (name text primary key, position text not null)`,
    );
    await expect(
      store.sql.transaction(async (tx) => {
        await tx.query(`insert into ${store.schema}.checkpoints values ('tasks', '1:1')`);
        throw new Error('projection failed');
      }),
    ).rejects.toThrow('projection failed');
    expect((await store.sql.query(`select * from ${store.schema}.checkpoints`)).rows).toEqual([]);
    await store.sql.transaction((tx) =>
      tx.query(`insert into ${store.schema}.checkpoints values ('tasks', '1:1')`),
    );
    expect((await store.sql.query(`select * from ${store.schema}.checkpoints`)).rows).toHaveLength(1);
    await store.close();
  });
});
