import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCheckpoints } from '../core/checkpoint.js';
import { encodeEvents } from '../sql/event-tuples.js';
import { createPostgresEventStore } from './create-postgres-event-store.js';
import { requireTestDatabaseUrl, skipPostgres } from './postgres-test-url.js';
import type { SqlEventStore } from '../sql/sql-event-store.js';
import type { ReadAllEvent } from '../types.js';

const schema = `es_noskip_${randomUUID().slice(0, 8)}`;
const actor = { userId: 'user-1', role: 'unit_officer' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Global-log readers must never pass an event that a slower transaction commits later. These tests
 * hold appending transactions open on raw connections (through the store's own append function)
 * while other appends commit, and compare the store's reader with two naive ones.
 */
describe.skipIf(skipPostgres)(
  'postgres global log under concurrent writers (needs TEST_DATABASE_URL)',
  () => {
    let store: SqlEventStore;
    const clients: pg.Client[] = [];
    const connect = async () => {
      const client = new pg.Client({ connectionString: requireTestDatabaseUrl() });
      await client.connect();
      clients.push(client);
      return client;
    };
    const appendRaw = (client: pg.Client, stream: string, id: string) => {
      const { jsonb, digests } = encodeEvents([{ id, type: 'Slow', data: {}, metadata: { actor } }]);
      return client.query(`select * from "${schema}".append_event_tuples($1, null, 'any', $2, $3)`, [
        stream,
        jsonb,
        digests,
      ]);
    };

    beforeAll(async () => {
      store = createPostgresEventStore({
        connectionString: requireTestDatabaseUrl(),
        schema,
        poolSize: 6,
        pollIntervalMs: 20,
      });
      await store.init();
    });
    afterAll(async () => {
      await Promise.all(clients.map((client) => client.end()));
      await store.sql.query(`drop schema if exists "${schema}" cascade`);
      await store.close();
    });

    it('holds back an event of an open transaction and reads it, then the later ones, once it commits', async () => {
      const start = (
        await store.append(
          'marker-1',
          [{ id: randomUUID(), type: 'Marker', data: {}, metadata: { actor } }],
          'any',
        )
      ).checkpoint;
      const slow = await connect();
      const slowId = randomUUID();
      await slow.query('begin');
      await appendRaw(slow, 'slow-1', slowId);
      const fastId = randomUUID();
      await store.append('fast-1', [{ id: fastId, type: 'Fast', data: {}, metadata: { actor } }], 'any');

      // Naive reader: by sequence, no visibility rule. It sees the fast event and moves past the slow one.
      const naive = await store.sql.query<{ global_position: string; event_id: string }>(
        `select global_position::text, event_id::text from "${schema}".events where global_position > $1 order by global_position`,
        [start.globalPosition.toString()],
      );
      expect(naive.rows.map((r) => r.event_id)).toEqual([fastId]);
      const naiveCheckpoint = naive.rows[naive.rows.length - 1]!.global_position;

      expect(await store.readAll({ after: start })).toEqual([]);

      await slow.query('commit');
      const afterCommit = await store.readAll({ after: start });
      expect(afterCommit.map((e) => e.type)).toEqual(['Slow', 'Fast']);
      const naiveAgain = await store.sql.query(
        `select event_id::text from "${schema}".events where global_position > $1 order by global_position`,
        [naiveCheckpoint],
      );
      // The naive reader has skipped the slow event for good.
      expect(naiveAgain.rows).toEqual([]);
    });

    it('shows that paging by global position alone skips events even when ordered by transaction id', async () => {
      const start = (
        await store.append(
          'marker-2',
          [{ id: randomUUID(), type: 'Marker', data: {}, metadata: { actor } }],
          'any',
        )
      ).checkpoint;
      const early = await connect();
      const late = await connect();
      const earlyId = randomUUID();
      const lateId = randomUUID();
      await early.query('begin');
      await early.query('select pg_current_xact_id()'); // the earlier transaction id...
      await late.query('begin');
      await appendRaw(late, 'late-2', lateId); // ...but the later transaction takes the lower global position
      await late.query('commit');
      await appendRaw(early, 'early-2', earlyId);
      await early.query('commit');

      const ordered = await store.readAll({ after: start, limit: 1 });
      expect(ordered.map((e) => e.id)).toEqual([earlyId]);
      expect(ordered[0]!.globalPosition).toBeGreaterThan(
        (await store.readStream('late-2'))[0]!.globalPosition,
      );
      // A reader keeping only global_position as its checkpoint asks for "greater than" the early event's
      // position and never sees the late transaction's event.
      const naiveNext = await store.sql.query(
        `select event_id::text from "${schema}".events where global_position > $1 order by transaction_id, global_position`,
        [ordered[0]!.globalPosition.toString()],
      );
      expect(naiveNext.rows).toEqual([]);
      // The tuple checkpoint continues with it.
      const next = await store.readAll({ after: ordered[0]!.checkpoint });
      expect(next.map((e) => e.id)).toEqual([lateId]);
    });

    it('delivers every event exactly once, in checkpoint order, while slow transactions commit late', async () => {
      const start = (
        await store.append(
          'marker-3',
          [{ id: randomUUID(), type: 'Marker', data: {}, metadata: { actor } }],
          'any',
        )
      ).checkpoint;
      const received: ReadAllEvent[] = [];
      const subscription = store.subscribe({
        after: start,
        batchSize: 7,
        onEvents: (events) => void received.push(...events),
      });
      await subscription.caughtUp;

      // The comparison: a poller paging by global_position alone, without the visibility rule.
      const naiveSeen = new Set<string>();
      let naiveAfter = start.globalPosition.toString();
      let writing = true;
      const naivePoller = (async () => {
        while (writing) {
          const { rows } = await store.sql.query<{ g: string; id: string }>(
            `select global_position::text as g, event_id::text as id from "${schema}".events
            where global_position > $1 order by global_position limit 50`,
            [naiveAfter],
          );
          for (const row of rows) naiveSeen.add(row.id);
          if (rows.length > 0) naiveAfter = rows[rows.length - 1]!.g;
          await sleep(2);
        }
      })();

      const written: string[] = [];
      const slowWriters = await Promise.all(Array.from({ length: 5 }, () => connect()));
      const slow = slowWriters.map(async (client, w) => {
        for (let i = 0; i < 8; i++) {
          const id = randomUUID();
          await client.query('begin');
          await appendRaw(client, `slow-${w}`, id);
          await client.query('select pg_sleep($1)', [Math.random() * 0.04]);
          await client.query('commit');
          written.push(id);
        }
      });
      const fast = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; i < 40; i++) {
          const id = randomUUID();
          await store.append(`fast-${w}`, [{ id, type: 'Fast', data: { i }, metadata: { actor } }], 'any');
          written.push(id);
        }
      });
      await Promise.all([...slow, ...fast]);
      writing = false;
      await naivePoller;

      const deadline = Date.now() + 10_000;
      while (received.length < written.length && Date.now() < deadline) await sleep(20);
      await sleep(100);
      await subscription.stop();

      const ids = received.map((e) => e.id);
      expect(ids).toHaveLength(written.length);
      expect(new Set(ids)).toEqual(new Set(written));
      for (let i = 1; i < received.length; i++) {
        expect(compareCheckpoints(received[i - 1]!.checkpoint, received[i]!.checkpoint)).toBe(-1);
      }
      // The same run made the naive poller skip events that committed after it had moved past them.
      expect(naiveSeen.size).toBeLessThan(written.length);
    });
  },
);
