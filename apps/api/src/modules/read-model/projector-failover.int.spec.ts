import { randomBytes } from 'node:crypto';
import { createPostgresEventStore } from '@duban/event-store';
import type { SqlEventStore } from '@duban/event-store';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadDatabase } from '../../core/projection/read-database.js';
import { advisoryKey } from '../../core/projection/projector-locks.js';
import { readSchemasFor } from '../../core/projection/read-schemas.js';
import { HistoryWriter } from './testing/history-writer.js';
import { dumpReadTables, readModelHarness } from './testing/read-model-harness.js';
import type { Harness } from './testing/read-model-harness.js';
import { writeFirstHalf, writeSecondHalf } from './testing/scripted-history.js';

const url = process.env.TEST_DATABASE_URL;
if (process.env.CI && !url) throw new Error('TEST_DATABASE_URL must be set in CI');

const until = async (condition: () => boolean | Promise<boolean>, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.skipIf(!url)('projectors of two API instances on one PostgreSQL (needs TEST_DATABASE_URL)', () => {
  const prefix = `rm_test_${randomBytes(5).toString('hex')}`;
  let store: SqlEventStore;
  let db: ReadDatabase;
  let writer: HistoryWriter;
  const harnesses: Harness[] = [];

  beforeEach(async () => {
    store = createPostgresEventStore({ connectionString: url!, schema: prefix, pollIntervalMs: 50 });
    await store.init();
    db = { sql: store.sql, schemas: readSchemasFor(prefix), lockUrl: url!, close: async () => undefined };
    writer = new HistoryWriter(store);
  });
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.projector.stop();
    await store.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    for (const schema of [prefix, ...Object.values(readSchemasFor(prefix))]) {
      await admin.query(`drop schema if exists "${schema}" cascade`);
    }
    await admin.end();
  });

  const instance = async () => {
    const harness = readModelHarness(store, db);
    harnesses.push(harness);
    await harness.projector.start();
    return harness;
  };
  const names = (h: Harness) => h.projector.projections.map((p) => p.name);

  it('runs each projection in exactly one instance and hands it over when that instance stops', async () => {
    const a = await instance();
    const b = await instance();
    await writeFirstHalf(writer);
    await a.waiter.waitFor(writer.last);
    expect(names(a).every((n) => a.projector.isActiveHere(n))).toBe(true);
    expect(names(b).some((n) => b.projector.isActiveHere(n))).toBe(false);

    await a.projector.stop();
    harnesses.splice(harnesses.indexOf(a), 1);
    await writeSecondHalf(writer);
    await b.waiter.waitFor(writer.last);
    expect(names(b).every((n) => b.projector.isActiveHere(n))).toBe(true);

    const handedOver = await dumpReadTables(db);
    await b.projector.rebuild();
    expect(await dumpReadTables(db)).toEqual(handedOver);
  });

  it('loses and repeats nothing when the active instance loses its database session mid-stream', async () => {
    const a = await instance();
    const b = await instance();
    await writeFirstHalf(writer);
    await a.waiter.waitFor(writer.last);

    // The lock session dying is what a crashed process looks like to the others.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const writing = writeSecondHalf(writer);
    const [namespace] = advisoryKey(db.schemas.projector, '');
    const { rows } = await admin.query(
      `select pg_terminate_backend(pid) as ended from pg_locks where locktype = 'advisory' and granted and classid = $1::int::oid`,
      [namespace],
    );
    expect(rows.length).toBeGreaterThan(0);
    await admin.end();
    await writing;
    await until(
      () =>
        names(b).some((n) => b.projector.isActiveHere(n)) ||
        names(a).every((n) => a.projector.isActiveHere(n)),
    );
    const waiter = names(b).some((n) => b.projector.isActiveHere(n)) ? b.waiter : a.waiter;
    await waiter.waitFor(writer.last);

    const incremental = await dumpReadTables(db);
    const timeline = incremental.task_timeline!;
    expect(new Set(timeline.map((r) => (r as { event_id: string }).event_id)).size).toBe(timeline.length);
    await b.projector.rebuild();
    expect(await dumpReadTables(db)).toEqual(incremental);
  });
});
