import { randomUUID } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareCheckpoints } from '../core/checkpoint.js';
import { ConcurrencyError, EventIdConflictError } from '../errors.js';
import { exportJsonl } from '../jsonl/export-jsonl.js';
import { importJsonl } from '../jsonl/import-jsonl.js';
import { GENESIS_HASH, eventHash } from '../integrity/event-hash.js';
import type { EventMetadata, EventStore, NewEvent, ReadAllEvent, RecordedEvent } from '../types.js';

export interface EventStoreContractOptions {
  /** A second, uninitialised store object over the same storage as `store` (to run init() concurrently). */
  reopen?: (store: EventStore) => Promise<EventStore>;
  /** False when the factory connects to shared storage that may already hold events (KurrentDB). */
  freshStoreIsEmpty?: boolean;
  /** True when an event id is unique in the whole store, not only within a stream (PostgreSQL). */
  globallyUniqueEventIds?: boolean;
  /** Runs once after the last test (drop schemas, close shared connections). */
  teardown?: () => Promise<void>;
}

type Factory = () => Promise<EventStore> | EventStore;

const actor = { userId: 'user-17', role: 'unit_officer', unitId: 'unit-justice' };

function newEvent(type: string, data: unknown = {}, metadata: Partial<EventMetadata> = {}): NewEvent {
  return { id: randomUUID(), type, data, metadata: { actor, ...metadata } };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

function comparable(events: RecordedEvent[]) {
  return events.map((e) => ({
    id: e.id,
    streamId: e.streamId,
    streamPosition: e.streamPosition,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    recordedAt: e.recordedAt,
  }));
}

/**
 * The behaviour every adapter must show. `factory` returns a new, uninitialised store; each test
 * initialises its own. Stream ids are unique per test, so a shared server (KurrentDB) works too.
 */
export function runEventStoreContract(
  name: string,
  factory: Factory,
  options: EventStoreContractOptions = {},
): void {
  const freshStoreIsEmpty = options.freshStoreIsEmpty ?? true;
  const globallyUnique = options.globallyUniqueEventIds ?? true;

  describe(`${name} event store contract`, () => {
    let store: EventStore;
    let opened: EventStore[] = [];
    let prefix: string;
    const open = async (): Promise<EventStore> => {
      const s = await factory();
      opened.push(s);
      return s;
    };
    const stream = (label: string) => `${prefix}${label}`;
    const ours = (events: ReadAllEvent[]) => events.filter((e) => e.streamId.startsWith(prefix));

    beforeEach(async () => {
      prefix = `t${randomUUID().slice(0, 8)}-`;
      store = await open();
      await store.init();
    });
    afterEach(async () => {
      await Promise.all(opened.map((s) => s.close()));
      opened = [];
    });
    if (options.teardown) afterAll(options.teardown);

    describe('migrations', () => {
      it('lets init run again on an initialised store, which keeps working', async () => {
        await store.init();
        await store.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream');
        expect(await store.streamVersion(stream('a'))).toBe(0);
      });

      it.skipIf(!options.reopen)(
        'applies each migration once when two store objects initialise at once',
        async () => {
          const first = await open();
          const second = await options.reopen!(first);
          opened.push(second);
          await Promise.all([first.init(), second.init(), first.init()]);
          await first.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream');
          await second.append(stream('a'), [newEvent('TaskAcknowledged')], 0);
          expect((await first.readStream(stream('a'))).map((e) => e.type)).toEqual([
            'TaskAssigned',
            'TaskAcknowledged',
          ]);
          const sql = (
            first as Partial<{ sql: { query: (t: string) => Promise<{ rows: unknown[] }> }; schema: string }>
          ).sql;
          if (sql) {
            const schema = (first as unknown as { schema: string }).schema;
            const { rows } = await sql.query(
              `select version, count(*)::int as n from "${schema}".schema_migrations group by version order by version`,
            );
            expect(rows.length).toBeGreaterThan(0);
            expect(rows.every((row) => (row as { n: number }).n === 1)).toBe(true);
          }
        },
      );
    });

    describe('expected version', () => {
      it('creates a stream with no_stream and numbers its events from 0', async () => {
        const result = await store.append(
          stream('a'),
          [newEvent('TaskAssigned'), newEvent('TaskAcknowledged')],
          'no_stream',
        );
        expect(result.nextExpectedVersion).toBe(1);
        expect((await store.readStream(stream('a'))).map((e) => e.streamPosition)).toEqual([0, 1]);
      });

      it('refuses no_stream on an existing stream with a ConcurrencyError and appends nothing', async () => {
        await store.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream');
        const error = await rejection(store.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream'));
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({
          code: 'CONFLICT',
          streamId: stream('a'),
          expected: 'no_stream',
          actual: 0,
        });
        expect(await store.readStream(stream('a'))).toHaveLength(1);
      });

      it('appends when the exact expected version matches the stream version', async () => {
        await store.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream');
        const result = await store.append(stream('a'), [newEvent('TaskAcknowledged')], 0);
        expect(result.nextExpectedVersion).toBe(1);
        expect(await store.streamVersion(stream('a'))).toBe(1);
      });

      it('refuses a stale or future exact version with stream, expected and actual, and appends nothing', async () => {
        await store.append(
          stream('a'),
          [newEvent('TaskAssigned'), newEvent('TaskAcknowledged')],
          'no_stream',
        );
        for (const expected of [0, 5]) {
          const error = await rejection(store.append(stream('a'), [newEvent('ProgressReported')], expected));
          expect(error).toBeInstanceOf(ConcurrencyError);
          expect(error).toMatchObject({ streamId: stream('a'), expected, actual: 1 });
        }
        expect((await store.readStream(stream('a'))).map((e) => e.type)).toEqual([
          'TaskAssigned',
          'TaskAcknowledged',
        ]);
      });

      it('reports actual version -1 when an exact version is given for a missing stream', async () => {
        const error = await rejection(store.append(stream('missing'), [newEvent('TaskAssigned')], 3));
        expect(error).toMatchObject({ code: 'CONFLICT', actual: -1, expected: 3 });
        expect(await store.streamVersion(stream('missing'))).toBe(-1);
      });

      it('appends with any to missing and existing streams alike', async () => {
        expect((await store.append(stream('a'), [newEvent('TaskAssigned')], 'any')).nextExpectedVersion).toBe(
          0,
        );
        expect(
          (await store.append(stream('a'), [newEvent('TaskUrged'), newEvent('TaskUrged')], 'any'))
            .nextExpectedVersion,
        ).toBe(2);
      });

      it('appends with stream_exists only to a stream that exists', async () => {
        const error = await rejection(store.append(stream('a'), [newEvent('TaskUrged')], 'stream_exists'));
        expect(error).toMatchObject({ code: 'CONFLICT', expected: 'stream_exists', actual: -1 });
        expect(await store.readStream(stream('a'))).toEqual([]);
        await store.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream');
        expect(
          (await store.append(stream('a'), [newEvent('TaskUrged')], 'stream_exists')).nextExpectedVersion,
        ).toBe(1);
      });

      it('lets exactly one of several concurrent appends with the same expected version win', async () => {
        await store.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream');
        const outcomes = await Promise.allSettled(
          Array.from({ length: 5 }, () => store.append(stream('a'), [newEvent('ProgressReported')], 0)),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes)
          if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(ConcurrencyError);
        expect(await store.streamVersion(stream('a'))).toBe(1);
      });
    });

    describe('multi-event appends', () => {
      it('never interleaves the events of concurrent multi-event appends to one stream', async () => {
        const batches = Array.from({ length: 6 }, (_, b) =>
          Array.from({ length: 4 }, (_, i) => newEvent('ProgressReported', { batch: b, item: i })),
        );
        await Promise.all(batches.map((batch) => store.append(stream('a'), batch, 'any')));
        const stored = await store.readStream(stream('a'));
        expect(stored.map((e) => e.streamPosition)).toEqual(Array.from({ length: 24 }, (_, i) => i));
        for (let start = 0; start < 24; start += 4) {
          const group = stored.slice(start, start + 4).map((e) => e.data as { batch: number; item: number });
          expect(new Set(group.map((d) => d.batch)).size).toBe(1);
          expect(group.map((d) => d.item)).toEqual([0, 1, 2, 3]);
        }
      });

      it.skipIf(!globallyUnique)(
        'stores none of a batch whose last event id already exists in another stream',
        async () => {
          const taken = newEvent('TaskAssigned');
          await store.append(stream('other'), [taken], 'no_stream');
          const error = await rejection(
            store.append(
              stream('a'),
              [newEvent('TaskAssigned'), newEvent('TaskAcknowledged'), { ...taken }],
              'no_stream',
            ),
          );
          expect(error).toBeInstanceOf(EventIdConflictError);
          expect(error).toMatchObject({ code: 'EVENT_ID_CONFLICT' });
          expect(await store.readStream(stream('a'))).toEqual([]);
          expect(await store.streamVersion(stream('a'))).toBe(-1);
        },
      );

      it('refuses a malformed batch with a VALIDATION error and stores none of it', async () => {
        const error = await rejection(
          store.append(
            stream('a'),
            [newEvent('TaskAssigned'), { ...newEvent('TaskAcknowledged'), id: 'not-a-uuid' }],
            'any',
          ),
        );
        expect(error).toMatchObject({ code: 'VALIDATION', reason: 'EVENT_ID_INVALID' });
        expect(await store.readStream(stream('a'))).toEqual([]);
      });
    });

    describe('idempotent event ids', () => {
      it('stores a retried append once and answers it like the first time', async () => {
        await store.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream');
        const batch = [newEvent('ProgressReported'), newEvent('CompletionRequested')];
        const first = await store.append(stream('a'), batch, 0);
        const retry = await store.append(stream('a'), batch, 0);
        expect(retry.nextExpectedVersion).toBe(first.nextExpectedVersion);
        expect(compareCheckpoints(retry.checkpoint, first.checkpoint)).toBe(0);
        expect(await store.readStream(stream('a'))).toHaveLength(3);
      });

      it('stores a retried any-append once', async () => {
        const batch = [newEvent('TaskUrged')];
        await store.append(stream('a'), batch, 'any');
        await store.append(stream('a'), batch, 'any');
        expect(await store.readStream(stream('a'))).toHaveLength(1);
      });

      it('stores the events once when the same append is sent several times at once', async () => {
        const batch = [newEvent('TaskUrged'), newEvent('TaskUrged')];
        const results = await Promise.all(
          Array.from({ length: 4 }, () => store.append(stream('a'), batch, 'any')),
        );
        expect(results.map((r) => r.nextExpectedVersion)).toEqual([1, 1, 1, 1]);
        expect((await store.readStream(stream('a'))).map((e) => e.id)).toEqual(batch.map((e) => e.id));
      });

      it('refuses a retry that matches only part of a stored append with EVENT_ID_CONFLICT and stores nothing', async () => {
        const stored = newEvent('TaskAssigned');
        await store.append(stream('a'), [stored], 'no_stream');
        const error = await rejection(
          store.append(stream('a'), [stored, newEvent('TaskAcknowledged')], 'no_stream'),
        );
        expect(error).toMatchObject({ code: 'EVENT_ID_CONFLICT' });
        expect(await store.readStream(stream('a'))).toHaveLength(1);
      });
    });

    it('returns metadata exactly as appended, with the actor, correlation, causation and decision time', async () => {
      const metadata: EventMetadata = {
        actor: { userId: 'user-3', role: 'inspector', unitId: null },
        correlationId: randomUUID(),
        causationId: randomUUID(),
        recordedAt: '2024-11-05T08:30:00.000Z',
        source: 'web',
      };
      const event: NewEvent = {
        id: randomUUID(),
        type: 'FindingLogged',
        data: { text: '执法案卷不规范', count: 3 },
        metadata,
      };
      await store.append(stream('a'), [event], 'no_stream');
      const [read] = await store.readStream(stream('a'));
      expect(read).toMatchObject({
        id: event.id,
        type: 'FindingLogged',
        data: event.data,
        metadata,
        streamId: stream('a'),
      });
      expect(Number.isNaN(Date.parse(read!.recordedAt))).toBe(false);
    });

    describe('reading a stream', () => {
      it('reads a whole stream, from a version, up to a version, and both', async () => {
        await store.append(
          stream('a'),
          Array.from({ length: 5 }, (_, i) => newEvent('ProgressReported', { i })),
          'no_stream',
        );
        const positions = async (o: { fromVersion?: number; toVersion?: number }) =>
          (await store.readStream(stream('a'), o)).map((e) => e.streamPosition);
        expect(await positions({})).toEqual([0, 1, 2, 3, 4]);
        expect(await positions({ fromVersion: 3 })).toEqual([3, 4]);
        expect(await positions({ toVersion: 1 })).toEqual([0, 1]);
        expect(await positions({ fromVersion: 1, toVersion: 3 })).toEqual([1, 2, 3]);
        expect(await store.readStream(stream('missing'))).toEqual([]);
        expect(await store.streamVersion(stream('missing'))).toBe(-1);
      });

      it('reads a stream as of a time, leaving out later events', async () => {
        await store.append(stream('a'), [newEvent('TaskAssigned')], 'no_stream');
        const [first] = await store.readStream(stream('a'));
        await sleep(25);
        await store.append(stream('a'), [newEvent('TaskAcknowledged')], 0);
        const asOf = new Date(first!.recordedAt);
        expect((await store.readStream(stream('a'), { asOf })).map((e) => e.type)).toEqual(['TaskAssigned']);
        expect(await store.readStream(stream('a'), { asOf: new Date(asOf.getTime() - 1) })).toEqual([]);
      });
    });

    describe('global log', () => {
      it('reads every event in append order with strictly increasing checkpoints', async () => {
        await store.append(stream('a'), [newEvent('A0'), newEvent('A1')], 'no_stream');
        await store.append(stream('b'), [newEvent('B0')], 'no_stream');
        await store.append(stream('a'), [newEvent('A2')], 1);
        const all = ours(await store.readAll({ limit: 10_000 }));
        expect(all.map((e) => e.type)).toEqual(['A0', 'A1', 'B0', 'A2']);
        for (let i = 1; i < all.length; i++)
          expect(compareCheckpoints(all[i - 1]!.checkpoint, all[i]!.checkpoint)).toBe(-1);
      });

      it('reads strictly after a checkpoint and pages through without gaps or repeats', async () => {
        const first = await store.append(stream('a'), [newEvent('Marker')], 'no_stream');
        const ids: string[] = [];
        for (let i = 0; i < 7; i++) {
          const batch = [newEvent('E'), newEvent('E')];
          ids.push(...batch.map((e) => e.id));
          await store.append(stream(`s${i % 3}`), batch, 'any');
        }
        const seen: string[] = [];
        let after = first.checkpoint;
        for (;;) {
          const page = await store.readAll({ after, limit: 3 });
          if (page.length === 0) break;
          seen.push(...ours(page).map((e) => e.id));
          after = page[page.length - 1]!.checkpoint;
        }
        expect(seen).toEqual(ids);
      });

      it('reports in the append result the checkpoint readAll gives the last appended event', async () => {
        const result = await store.append(stream('a'), [newEvent('A0'), newEvent('A1')], 'no_stream');
        const mine = ours(await store.readAll({ limit: 10_000 }));
        expect(mine).toHaveLength(2);
        expect(compareCheckpoints(result.checkpoint, mine[1]!.checkpoint)).toBe(0);
        expect(result.lastGlobalPosition).toBe(mine[1]!.globalPosition);
      });

      it('reads the global log as of a time', async () => {
        await store.append(stream('a'), [newEvent('Early')], 'no_stream');
        const [early] = await store.readStream(stream('a'));
        await sleep(25);
        await store.append(stream('b'), [newEvent('Late')], 'no_stream');
        const asOf = new Date(early!.recordedAt);
        expect(ours(await store.readAll({ asOf, limit: 10_000 })).map((e) => e.type)).toEqual(['Early']);
      });
    });

    describe('subscriptions', () => {
      it('catches up, then delivers live appends, every event exactly once and in checkpoint order', async () => {
        const start = await store.append(stream('marker'), [newEvent('Marker')], 'no_stream');
        const before = Array.from({ length: 5 }, (_, i) => newEvent('Before', { i }));
        for (const [i, event] of before.entries()) await store.append(stream(`s${i % 2}`), [event], 'any');
        const received: ReadAllEvent[] = [];
        const batches: number[] = [];
        const subscription = store.subscribe({
          after: start.checkpoint,
          batchSize: 2,
          onEvents: async (events) => {
            batches.push(events.length);
            await sleep(1);
            received.push(...events);
          },
        });
        await subscription.caughtUp;
        expect(ours(received).map((e) => e.id)).toEqual(before.map((e) => e.id));
        const live = Array.from({ length: 12 }, (_, i) => newEvent('Live', { i }));
        await Promise.all(live.map((event, i) => store.append(stream(`s${i % 4}`), [event], 'any')));
        await eventually(() => ours(received).length === 17);
        await sleep(50);
        await subscription.stop();
        const ids = ours(received).map((e) => e.id);
        expect(new Set(ids).size).toBe(17);
        expect(new Set(ids)).toEqual(new Set([...before, ...live].map((e) => e.id)));
        for (let i = 1; i < received.length; i++) {
          expect(compareCheckpoints(received[i - 1]!.checkpoint, received[i]!.checkpoint)).toBe(-1);
        }
        expect(compareCheckpoints(subscription.position, received[received.length - 1]!.checkpoint)).toBe(0);
        expect(Math.max(...batches)).toBeLessThanOrEqual(2);
      });

      it('delivers nothing more once stopped', async () => {
        const start = await store.append(stream('marker'), [newEvent('Marker')], 'no_stream');
        const received: ReadAllEvent[] = [];
        const subscription = store.subscribe({
          after: start.checkpoint,
          onEvents: (events) => void received.push(...events),
        });
        await subscription.caughtUp;
        await store.append(stream('a'), [newEvent('Seen')], 'no_stream');
        await eventually(() => ours(received).length === 1);
        await subscription.stop();
        await store.append(stream('a'), [newEvent('Unseen')], 0);
        await sleep(300);
        expect(ours(received).map((e) => e.type)).toEqual(['Seen']);
      });
    });

    it('chains each event to the previous one in its stream with a hash anyone can recompute', async () => {
      await store.append(stream('a'), [newEvent('TaskAssigned', { title: '行政复议' })], 'no_stream');
      await store.append(
        stream('a'),
        [newEvent('TaskAcknowledged'), newEvent('ProgressReported', { n: 1 })],
        0,
      );
      await store.append(stream('a'), [newEvent('TaskUrged')], 'any');
      await store.append(stream('a'), [newEvent('ProgressReported', { n: 2 })], 'stream_exists');
      let previous = GENESIS_HASH;
      for (const event of await store.readStream(stream('a'))) {
        expect(event.hash).toBe(eventHash(previous, event));
        previous = event.hash!;
      }
      const last = ours(await store.readAll({ limit: 10_000 })).at(-1);
      expect(last?.hash).toBe(previous);

      // Longer batches, from the start of a stream and after its head, chain alike.
      const batch = (n: number) => Array.from({ length: n }, (_, i) => newEvent('ProgressReported', { i }));
      await store.append(stream('b'), batch(7), 'no_stream');
      await store.append(stream('b'), batch(5), 6);
      previous = GENESIS_HASH;
      const chained = await store.readStream(stream('b'));
      expect(chained.map((event) => event.streamPosition)).toEqual([...Array(12).keys()]);
      for (const event of chained) {
        expect(event.hash).toBe(eventHash(previous, event));
        previous = event.hash!;
      }
    });

    describe('export and import', () => {
      const exportText = async (source: EventStore): Promise<string> => {
        const chunks: string[] = [];
        const sink = new Writable({
          write(chunk: Buffer, _encoding, callback) {
            chunks.push(chunk.toString('utf8'));
            callback();
          },
        });
        await exportJsonl(source, sink);
        return chunks.join('');
      };

      it.skipIf(!freshStoreIsEmpty)(
        'copies the whole log into an empty store with identical streams',
        async () => {
          await store.append(
            stream('task'),
            [newEvent('TaskAssigned', { title: '行政复议' }), newEvent('TaskAcknowledged')],
            'no_stream',
          );
          await store.append(
            stream('finding'),
            [newEvent('FindingLogged', { n: 1 }, { correlationId: randomUUID() })],
            'no_stream',
          );
          await store.append(stream('task'), [newEvent('ProgressReported', { cases: 57 })], 1);
          const text = await exportText(store);
          const target = await open();
          await target.init();
          const result = await importJsonl(target, Readable.from([text]));
          expect(result).toEqual({ events: 4, streams: 2 });
          for (const id of [stream('task'), stream('finding')]) {
            expect(comparable(await target.readStream(id))).toEqual(comparable(await store.readStream(id)));
            expect(await target.streamVersion(id)).toBe(await store.streamVersion(id));
          }
          const order = async (s: EventStore) => ours(await s.readAll({ limit: 10_000 })).map((e) => e.id);
          expect(await order(target)).toEqual(await order(store));
          await target.append(stream('task'), [newEvent('CompletionRequested')], 2);
          expect(await exportText(target)).toContain('CompletionRequested');
        },
      );

      it('refuses to import into a store that holds events, writing nothing', async () => {
        await store.append(stream('existing'), [newEvent('TaskAssigned')], 'no_stream');
        const foreign = `${prefix}foreign`;
        const line = {
          globalPosition: '1',
          streamId: foreign,
          streamPosition: 0,
          id: randomUUID(),
          type: 'TaskAssigned',
          data: {},
          metadata: { actor },
          recordedAt: new Date().toISOString(),
        };
        const text = `${JSON.stringify({ format: 'duban-event-log', version: 1 })}\n${JSON.stringify(line)}\n`;
        const error = await rejection(importJsonl(store, Readable.from([text])));
        expect(error).toMatchObject({ code: 'STORE_NOT_EMPTY' });
        expect(await store.streamVersion(foreign)).toBe(-1);
      });

      it.skipIf(!freshStoreIsEmpty)('refuses an import whose stream positions skip a number', async () => {
        const line = (position: number) =>
          JSON.stringify({
            globalPosition: String(position + 1),
            streamId: stream('gap'),
            streamPosition: position,
            id: randomUUID(),
            type: 'E',
            data: {},
            metadata: { actor },
            recordedAt: new Date().toISOString(),
          });
        const text = [JSON.stringify({ format: 'duban-event-log', version: 1 }), line(0), line(2)].join('\n');
        const error = await rejection(importJsonl(store, Readable.from([text]), { batchSize: 1 }));
        expect(error).toMatchObject({ code: 'IMPORT_FORMAT_INVALID', line: 3 });
      });
    });
  });
}
