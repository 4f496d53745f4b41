import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPgliteEventStore } from '../pglite/create-pglite-event-store.js';
import { createPostgresEventStore } from '../postgres/create-postgres-event-store.js';
import { requireTestDatabaseUrl, skipPostgres } from '../postgres/postgres-test-url.js';
import type { EventStore, NewEvent, RecordedEvent } from '../types.js';
import { exportJsonl } from './export-jsonl.js';
import { importJsonl } from './import-jsonl.js';

const actor = { userId: 'office-1', role: 'district_office', unitId: 'unit-office' };
const event = (type: string, data: unknown): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor, correlationId: randomUUID(), recordedAt: '2024-03-01T02:00:00.000Z' },
});
const view = (events: RecordedEvent[]) =>
  events.map(({ id, streamId, streamPosition, type, data, metadata, recordedAt }) => ({
    id,
    streamId,
    streamPosition,
    type,
    data,
    metadata,
    recordedAt,
  }));

describe.skipIf(skipPostgres)('moving the log from PGlite to PostgreSQL (needs TEST_DATABASE_URL)', () => {
  it('yields identical streams in the same global order', async () => {
    const source = createPgliteEventStore();
    await source.init();
    const streams = Array.from({ length: 12 }, (_, i) => `task-${i}`);
    for (const [i, stream] of streams.entries()) {
      await source.append(stream, [event('TaskAssigned', { unit: i, title: '矛盾纠纷化解' })], 'no_stream');
    }
    for (let round = 0; round < 3; round++) {
      for (const stream of streams)
        await source.append(stream, [event('ProgressReported', { round }), event('TaskUrged', {})], 'any');
    }

    const pipe = new PassThrough();
    const exported = exportJsonl(source, pipe, { pageSize: 7 }).then((result) => {
      pipe.end();
      return result;
    });
    const schema = `es_roundtrip_${randomUUID().slice(0, 8)}`;
    const target = createPostgresEventStore({
      connectionString: requireTestDatabaseUrl(),
      schema,
      poolSize: 2,
    });
    await target.init();
    try {
      const imported = await importJsonl(target, pipe, { batchSize: 10 });
      expect((await exported).events).toBe(84);
      expect(imported).toEqual({ events: 84, streams: 12 });
      for (const stream of streams) {
        expect(view(await target.readStream(stream))).toEqual(view(await source.readStream(stream)));
      }
      const order = async (store: EventStore) => (await store.readAll({ limit: 1000 })).map((e) => e.id);
      expect(await order(target)).toEqual(await order(source));
    } finally {
      await target.sql.query(`drop schema "${schema}" cascade`);
      await target.close();
      await source.close();
    }
  });
});
