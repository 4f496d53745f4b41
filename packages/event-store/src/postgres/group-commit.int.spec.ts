import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, eventHash } from '../integrity/event-hash.js';
import { ConcurrencyError, EventIdConflictError } from '../errors.js';
import type { SqlEventStore } from '../sql/sql-event-store.js';
import type { NewEvent } from '../types.js';
import { createPostgresEventStore } from './create-postgres-event-store.js';
import { requireTestDatabaseUrl, skipPostgres } from './postgres-test-url.js';

const schema = `es_pg_group_${randomUUID().slice(0, 8)}`;
const event = (id: string = randomUUID()): NewEvent => ({
  id,
  type: 'ProgressReported',
  data: { figure: 1 },
  metadata: { actor: { userId: 'u', role: 'unit_officer', unitId: 'unit-a' }, correlationId: randomUUID() },
});
const settled = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(skipPostgres)('postgres group commit (needs TEST_DATABASE_URL)', () => {
  let store: SqlEventStore;
  let admin: pg.Client;

  beforeEach(async () => {
    store = createPostgresEventStore({
      connectionString: requireTestDatabaseUrl(),
      schema,
      groupCommit: { maxInFlight: 1 },
    });
    await store.init();
    admin = new pg.Client({ connectionString: requireTestDatabaseUrl() });
    await admin.connect();
  });
  afterEach(async () => {
    await admin.end();
    await store.close();
  });
  afterAll(async () => {
    const client = new pg.Client({ connectionString: requireTestDatabaseUrl() });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  /**
   * Holds the one append slot: an append to `blocker` waits on a row lock taken from outside, so the
   * appends made by `during` queue behind it and go to the server together once the lock is released.
   */
  async function whileSlotHeld<T>(during: () => T): Promise<{ result: T; blockerTx: string }> {
    const blocker = `blocker-${randomUUID()}`;
    await store.append(blocker, [event()], 'no_stream');
    await admin.query('begin');
    await admin.query(`select 1 from "${schema}".streams where stream_id = $1 for update`, [blocker]);
    const held = store.append(blocker, [event()], 0);
    await pause(100);
    const result = during();
    await pause(50);
    await admin.query('commit');
    const { checkpoint } = await held;
    return { result, blockerTx: checkpoint.transactionId.toString() };
  }

  async function transactionsOf(streamIds: string[]): Promise<Map<string, string[]>> {
    const { rows } = await store.sql.query<{ stream_id: string; tx: string }>(
      `select stream_id, transaction_id::text as tx from "${schema}".events where stream_id = any($1) order by global_position`,
      [streamIds],
    );
    const byStream = new Map<string, string[]>();
    for (const row of rows) byStream.set(row.stream_id, [...(byStream.get(row.stream_id) ?? []), row.tx]);
    return byStream;
  }

  it('sends the appends that waited in one transaction, and a conflict refuses only its own append', async () => {
    const existing = `existing-${randomUUID()}`;
    const fresh = `fresh-${randomUUID()}`;
    const anyStream = `any-${randomUUID()}`;
    await store.append(existing, [event(), event()], 'no_stream');

    const { result, blockerTx } = await whileSlotHeld(() => [
      settled(store.append(fresh, [event()], 'no_stream')),
      settled(store.append(existing, [event()], 0)),
      settled(store.append(anyStream, [event(), event()], 'any')),
      settled(store.append(existing, [event()], 1)),
    ]);
    const [created, stale, appended, next] = await Promise.all(result);

    expect(created).toMatchObject({ value: { nextExpectedVersion: 0 } });
    expect((stale as { error: ConcurrencyError }).error).toBeInstanceOf(ConcurrencyError);
    expect((stale as { error: ConcurrencyError }).error).toMatchObject({
      streamId: existing,
      expected: 0,
      actual: 1,
    });
    expect(appended).toMatchObject({ value: { nextExpectedVersion: 1 } });
    expect(next).toMatchObject({ value: { nextExpectedVersion: 2 } });

    const transactions = await transactionsOf([existing, fresh, anyStream]);
    const groupTx = transactions.get(fresh)![0]!;
    expect(groupTx).not.toBe(blockerTx);
    expect(transactions.get(anyStream)).toEqual([groupTx, groupTx]);
    expect(transactions.get(existing)![2]).toBe(groupTx);
    expect(transactions.get(existing)).toHaveLength(3);
    // Every member's checkpoint names the group's transaction.
    expect(
      (
        created as { value: { checkpoint: { transactionId: bigint } } }
      ).value.checkpoint.transactionId.toString(),
    ).toBe(groupTx);
  });

  it('after a duplicate event id rolls the group back, gives each append the answer it would have had alone', async () => {
    const original = `original-${randomUUID()}`;
    const first = event();
    const stored = await store.append(original, [first], 'no_stream');
    const fresh = `fresh-${randomUUID()}`;
    const thief = `thief-${randomUUID()}`;

    const { result } = await whileSlotHeld(() => [
      settled(store.append(fresh, [event()], 'no_stream')),
      // A retry of the stored append: answered like the first time.
      settled(store.append(original, [first], 'no_stream')),
      // The same id in another stream: the unique index refuses it, which fails the whole group.
      settled(store.append(thief, [event(first.id)], 'any')),
      settled(store.append(fresh, [event()], 0)),
    ]);
    const [created, retried, stolen, next] = await Promise.all(result);

    expect(created).toMatchObject({ value: { nextExpectedVersion: 0 } });
    expect(retried).toEqual({ value: stored });
    expect((stolen as { error: EventIdConflictError }).error).toBeInstanceOf(EventIdConflictError);
    expect(next).toMatchObject({ value: { nextExpectedVersion: 1 } });

    const { rows } = await store.sql.query<{ n: string }>(
      `select count(*)::text as n from "${schema}".events where event_id = $1`,
      [first.id],
    );
    expect(rows[0]!.n).toBe('1');
    expect(await store.streamVersion(thief)).toBe(-1);
    expect((await store.readStream(fresh)).map((e) => e.streamPosition)).toEqual([0, 1]);
  });

  it('keeps the hash chain intact across appends to one stream made in one group', async () => {
    const stream = `chain-${randomUUID()}`;
    await whileSlotHeld(() => [
      store.append(stream, [event()], 'any'),
      store.append(stream, [event(), event()], 'any'),
      store.append(stream, [event()], 'any'),
    ]).then(({ result }) => Promise.all(result));
    const events = await store.readStream(stream);
    expect(events.map((e) => e.streamPosition)).toEqual([0, 1, 2, 3]);
    const transactions = await transactionsOf([stream]);
    expect(new Set(transactions.get(stream)).size).toBe(1);
    // Each hash is recomputed from the previous one and the event, as verifyLog does.
    let previous = GENESIS_HASH;
    for (const stored of events) {
      expect(stored.hash).toBe(eventHash(previous, stored));
      previous = stored.hash!;
    }
  });
});
