import { createPgliteEventStore } from '@duban/event-store';
import type { ReadAllEvent, SqlEventStore } from '@duban/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { formatGraphqlError } from '../../core/errors/format-graphql-error.js';
import { DocumentProjection, foldInMemory } from '../../core/projection/document-projection.js';
import { ReadModelStaleError } from '../../core/projection/read-model-stale.error.js';
import type { Projection, SqlTx } from '../../core/projection/projection.js';
import type { ReadDatabase } from '../../core/projection/read-database.js';
import { readSchemasFor } from '../../core/projection/read-schemas.js';
import { REGISTERED_PROJECTIONS } from '../../core/projection/registered-projections.js';
import { computeProgress } from './progress/compute-progress.js';
import { foldedProgressRows, loadProgressRows } from './progress/progress-rows.js';
import { ReadView } from './read-view.js';
import { HistoryWriter } from './testing/history-writer.js';
import { dumpReadTables, readModelHarness } from './testing/read-model-harness.js';
import {
  EXPECTED_TOTALS,
  EXPECTED_UNITS,
  SCRIPT_LIST_ID,
  SCRIPT_MIDPOINT,
  SCRIPT_NOW,
  writeFirstHalf,
  writeSecondHalf,
} from './testing/scripted-history.js';

const YELLOW_DAYS = 7;

describe('the projector on the embedded store', { timeout: 60_000 }, () => {
  let store: SqlEventStore;
  let db: ReadDatabase;
  let writer: HistoryWriter;

  beforeEach(async () => {
    store = createPgliteEventStore();
    await store.init();
    db = { sql: store.sql, schemas: readSchemasFor(null), lockUrl: null, close: async () => undefined };
    writer = new HistoryWriter(store);
  }, 60_000);
  afterEach(async () => {
    await store.close();
  });

  const liveProgress = async (tables: ReturnType<typeof readModelHarness>['tables'], at: Date) => {
    const rows = await loadProgressRows(tables, SCRIPT_LIST_ID, null);
    const units = new Map(rows!.units.map((u) => [u.unitId, u]));
    return computeProgress(rows!.tasks, rows!.findings, rows!.units, new ReadView(at, YELLOW_DAYS, units));
  };

  it('projects the scripted history to exactly the figures worked out by hand', async () => {
    const { projector, waiter, tables } = readModelHarness(store, db);
    await projector.start();
    await writeFirstHalf(writer);
    await writeSecondHalf(writer);
    await waiter.waitFor(writer.last);

    const progress = await liveProgress(tables, SCRIPT_NOW);
    expect(progress.units.map((u) => u.unitId).sort()).toEqual(['u1', 'u2', 'u3']);
    for (const expected of EXPECTED_UNITS) {
      expect(progress.units.find((u) => u.unitId === expected.unitId)).toMatchObject(expected);
    }
    expect(progress.totals).toEqual(EXPECTED_TOTALS);
    await projector.stop();
  });

  it('builds the same tables incrementally, batch by batch, as a rebuild from scratch does', async () => {
    const { projector, waiter } = readModelHarness(store, db, { batchSize: 3 });
    await projector.start();
    await writeFirstHalf(writer);
    await waiter.waitFor(writer.last);
    await writeSecondHalf(writer);
    await waiter.waitFor(writer.last);
    const incremental = await dumpReadTables(db);
    const indexes = () =>
      db.sql.query<{ indexname: string }>(
        `select indexname from pg_indexes where schemaname = $1 order by indexname`,
        [db.schemas.read],
      );
    const indexesBefore = (await indexes()).rows;

    const rebuilt = await projector.rebuild();
    // The rebuild builds secondary indexes after loading the rows; the swapped-in tables have them all.
    expect((await indexes()).rows).toEqual(indexesBefore);
    expect(indexesBefore.length).toBeGreaterThan(20);
    expect(rebuilt.events).toBe(writer.count);
    const fromScratch = await dumpReadTables(db);
    expect(Object.keys(fromScratch)).toEqual([
      'audit_log',
      'evidence_references',
      'finding_timeline',
      'findings',
      'inspections',
      'task_lists',
      'task_timeline',
      'tasks',
      'units',
    ]);
    expect(fromScratch).toEqual(incremental);
    await projector.stop();
  });

  it('loses and repeats nothing when a batch fails half-way and the projector starts again', async () => {
    const calls = { n: 0 };
    // Fails on its second batch, after some of the batch's row writes have been sent.
    const fragile = (spec: (typeof REGISTERED_PROJECTIONS)[number]): Projection => {
      const inner = new DocumentProjection(spec);
      return {
        name: inner.name,
        version: inner.version,
        setup: (tx: SqlTx, schema: string) => inner.setup(tx, schema),
        async applyBatch(events: readonly ReadAllEvent[], tx: SqlTx, schema: string) {
          calls.n += 1;
          await inner.applyBatch(events.slice(0, Math.ceil(events.length / 2)), tx, schema);
          if (calls.n === 2) throw new Error('the process died here');
          await inner.applyBatch(events.slice(Math.ceil(events.length / 2)), tx, schema);
        },
      };
    };
    const tasksSpec = REGISTERED_PROJECTIONS.find((s) => s.name === 'tasks')!;
    const first = readModelHarness(store, db, { projections: [fragile(tasksSpec)], batchSize: 4 });
    await first.projector.start();
    await writeFirstHalf(writer);
    await writeSecondHalf(writer);
    await first.waiter.waitFor(writer.last);
    expect(calls.n).toBeGreaterThan(2);
    await first.projector.stop();

    const afterCrash = await dumpReadTables(db);
    const reference = readModelHarness(store, db, { specs: [tasksSpec] });
    await reference.projector.rebuild();
    expect(await dumpReadTables(db)).toEqual(afterCrash);
    const timeline = afterCrash.task_timeline!;
    const taskEvents = (await store.readAll({ limit: 10_000 })).filter((e) => e.streamId.startsWith('task-'));
    expect(timeline).toHaveLength(taskEvents.length);
    await reference.projector.stop();
  });

  it('answers as of a past time exactly what the live query said at that time', async () => {
    const { projector, waiter, tables } = readModelHarness(store, db);
    await projector.start();
    await writeFirstHalf(writer);
    await waiter.waitFor(writer.last);
    const liveThen = await liveProgress(tables, SCRIPT_MIDPOINT);
    await writeSecondHalf(writer);
    await waiter.waitFor(writer.last);

    const events = await store.readAll({ limit: 10_000 });
    const folded = foldInMemory(
      REGISTERED_PROJECTIONS,
      events.filter((e) => Date.parse(String(e.metadata.recordedAt)) <= SCRIPT_MIDPOINT.getTime()),
    );
    const rows = foldedProgressRows(folded, SCRIPT_LIST_ID, null)!;
    const units = new Map(rows.units.map((u) => [u.unitId, u]));
    const asOf = computeProgress(
      rows.tasks,
      rows.findings,
      rows.units,
      new ReadView(SCRIPT_MIDPOINT, YELLOW_DAYS, units, SCRIPT_MIDPOINT),
    );
    expect(asOf).toEqual(liveThen);
    expect(liveThen.totals.completed).toBe(0);
    expect((await liveProgress(tables, SCRIPT_NOW)).totals.completed).toBe(1);
    await projector.stop();
  });

  it('rebuilds at start when a projection changed its version, swapping the new tables in whole', async () => {
    const first = readModelHarness(store, db);
    await first.projector.start();
    await writeFirstHalf(writer);
    await first.waiter.waitFor(writer.last);
    await first.projector.stop();
    const before = await dumpReadTables(db);

    const bumped = REGISTERED_PROJECTIONS.map((spec) =>
      spec.name === 'units' ? { ...spec, version: spec.version + 1 } : spec,
    );
    const second = readModelHarness(store, db, { specs: bumped });
    await second.projector.start();
    const rows = await second.projector.checkpoints.all(db.sql);
    expect(rows.find((r) => r.name === 'units')?.version).toBe(2);
    expect(await dumpReadTables(db)).toEqual(before);
    const { rows: schemas } = await db.sql.query<{ nspname: string }>(
      `select nspname from pg_namespace where nspname in ('read_shadow', 'read_retired')`,
    );
    expect(schemas).toEqual([]);
    await second.projector.stop();
  });

  it('answers STALE rather than an old answer when the projections do not reach a change in time', async () => {
    const { projector, waiter } = readModelHarness(store, db);
    await projector.start();
    await writeFirstHalf(writer);
    await waiter.waitFor(writer.last);
    const unreachable = { transactionId: writer.last!.transactionId + 1_000_000n, globalPosition: 1n };
    const started = Date.now();
    const error = await waiter.waitFor(unreachable, { timeoutMs: 150 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadModelStaleError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const formatted = formatGraphqlError(new GraphQLError('x').toJSON(), error);
    expect(formatted.extensions).toMatchObject({ code: 'STALE', reason: 'READ_MODEL_BEHIND' });
    await projector.stop();
  });
});
