import fc from 'fast-check';
import { createPgliteEventStore } from '@duban/event-store';
import type { SqlEventStore } from '@duban/event-store';
import { historyPlans, playHistory } from '@duban/domain/testing';
import { describe, expect, it } from 'vitest';
import type { ReadDatabase } from '../../core/projection/read-database.js';
import { readSchemasFor } from '../../core/projection/read-schemas.js';
import { AsOfReplay } from './as-of-replay.js';
import { computeProgress } from './progress/compute-progress.js';
import { foldedProgressRows, loadProgressRows } from './progress/progress-rows.js';
import { ReadView } from './read-view.js';
import { HistoryWriter } from './testing/history-writer.js';
import { readModelHarness } from './testing/read-model-harness.js';

/** Each run opens two embedded databases: fewer histories than the in-memory properties. */
const RUNS = Number(process.env.DUBAN_DB_PROPERTY_RUNS ?? 4);
const YELLOW_DAYS = 7;

const openStore = async (): Promise<{ store: SqlEventStore; db: ReadDatabase }> => {
  const store = createPgliteEventStore();
  await store.init();
  return {
    store,
    db: { sql: store.sql, schemas: readSchemasFor(null), lockUrl: null, close: async () => undefined },
  };
};

const write = async (store: SqlEventStore, events: ReturnType<typeof playHistory>['events']) => {
  const writer = new HistoryWriter(store);
  for (const event of events) {
    await writer.append(
      event.streamId,
      event.type,
      event.data as Record<string, unknown>,
      event.recordedAt,
      event.metadata.actor,
    );
  }
  return writer;
};

describe('the read model over generated histories, on the embedded store', () => {
  it('as of an instant equals the live model of a store holding only the events up to it, and a rebuild equals the live model', async () => {
    await fc.assert(
      fc.asyncProperty(historyPlans, fc.double({ min: 0.3, max: 1, noNaN: true }), async (plan, fraction) => {
        const history = playHistory(plan);
        const at = history.events[Math.floor(fraction * (history.events.length - 1))]!.recordedAt;
        const whole = await openStore();
        const upTo = await openStore();
        try {
          await write(whole.store, history.events);
          const writer = await write(
            upTo.store,
            history.events.filter((event) => Date.parse(event.recordedAt) <= Date.parse(at)),
          );
          // Small batches, so the live build folds the log in several commits.
          const { projector, waiter, tables } = readModelHarness(upTo.store, upTo.db, { batchSize: 7 });
          await projector.start();
          await waiter.waitFor(writer.last);
          const liveRows = (await loadProgressRows(tables, 'list-0', null))!;
          const units = new Map(liveRows.units.map((u) => [u.unitId, u]));
          const live = computeProgress(
            liveRows.tasks,
            liveRows.findings,
            liveRows.units,
            new ReadView(new Date(at), YELLOW_DAYS, units),
          );

          const folded = await new AsOfReplay(whole.store).all(new Date(at));
          const asOfRows = foldedProgressRows(folded, 'list-0', null)!;
          const asOf = computeProgress(
            asOfRows.tasks,
            asOfRows.findings,
            asOfRows.units,
            new ReadView(new Date(at), YELLOW_DAYS, units, new Date(at)),
          );
          expect(asOf).toEqual(live);

          await projector.rebuild();
          const rebuiltRows = (await loadProgressRows(tables, 'list-0', null))!;
          expect(rebuiltRows.tasks.sort((a, b) => a.taskId.localeCompare(b.taskId))).toEqual(
            liveRows.tasks.sort((a, b) => a.taskId.localeCompare(b.taskId)),
          );
          expect(
            computeProgress(
              rebuiltRows.tasks,
              rebuiltRows.findings,
              rebuiltRows.units,
              new ReadView(new Date(at), YELLOW_DAYS, units),
            ),
          ).toEqual(live);
          await projector.stop();
        } finally {
          await whole.store.close();
          await upTo.store.close();
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
