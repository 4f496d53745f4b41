import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runEventStoreContract } from '../testing/contract.js';
import { createPostgresEventStore } from './create-postgres-event-store.js';
import { requireTestDatabaseUrl, skipPostgres } from './postgres-test-url.js';
import type { SqlEventStore } from '../sql/sql-event-store.js';

const prefix = `es_pg_${randomUUID().slice(0, 8)}`;
const schemas = new Set<string>();
let next = 0;

function newStore(schema = `${prefix}_${next++}`): SqlEventStore {
  schemas.add(schema);
  return createPostgresEventStore({
    connectionString: requireTestDatabaseUrl(),
    schema,
    poolSize: 4,
    pollIntervalMs: 100,
  });
}

describe.skipIf(skipPostgres)('postgres adapter (needs TEST_DATABASE_URL)', () => {
  afterAll(async () => {
    if (schemas.size === 0) return;
    const client = new pg.Client({ connectionString: requireTestDatabaseUrl() });
    await client.connect();
    for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  runEventStoreContract('postgres', () => newStore(), {
    reopen: async (store) => newStore((store as SqlEventStore).schema),
  });

  it('limits how long a session may sit idle inside a transaction', async () => {
    const store = newStore();
    await store.init();
    const { rows } = await store.sql.query<{ setting: string }>(
      `select setting from pg_settings where name = 'idle_in_transaction_session_timeout'`,
    );
    expect(Number(rows[0]!.setting)).toBeGreaterThan(0);
    await store.close();
  });

  it('wakes a subscriber in another process-like store object through LISTEN/NOTIFY well before its poll', async () => {
    const writer = newStore();
    await writer.init();
    const reader = createPostgresEventStore({
      connectionString: requireTestDatabaseUrl(),
      schema: writer.schema,
      poolSize: 2,
      pollIntervalMs: 60_000,
    });
    const received: string[] = [];
    const subscription = reader.subscribe({
      onEvents: (events) => void received.push(...events.map((e) => e.id)),
    });
    await subscription.caughtUp;
    // Give the listening connection time to LISTEN before the append.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = randomUUID();
    await writer.append(
      'task-1',
      [{ id, type: 'TaskAssigned', data: {}, metadata: { actor: { userId: 'u', role: 'office' } } }],
      'no_stream',
    );
    const deadline = Date.now() + 5000;
    while (received.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual([id]);
    await reader.close();
    await writer.close();
  });

  it('maps an unreachable server to an UNAVAILABLE error', async () => {
    const store = createPostgresEventStore({
      connectionString: 'postgres://postgres@127.0.0.1:1/none',
      schema: 'nowhere',
    });
    await expect(store.init()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await store.close();
  });
});
