import { createPgliteEventStore } from '@duban/event-store';
import type { EventStore, ReadAllEvent, SqlEventStore } from '@duban/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldInMemory } from '../../core/projection/document-projection.js';
import { occurredAt } from '../../core/projection/event-time.js';
import { MemoryFoldStore } from '../../core/projection/fold-store.js';
import { findingsProjection } from '../findings/projections/findings.projection.js';
import { taskListsProjection } from '../task-lists/projections/task-lists.projection.js';
import { tasksProjection } from '../tasks/projections/tasks.projection.js';
import { unitsProjection } from '../units/projections/units.projection.js';
import { AsOfReplay } from './as-of-replay.js';
import { HistoryWriter } from './testing/history-writer.js';
import { SCRIPT_MIDPOINT, SCRIPT_NOW, writeFirstHalf, writeSecondHalf } from './testing/scripted-history.js';

const SPECS = [unitsProjection, taskListsProjection, tasksProjection, findingsProjection];

/** The replay by definition: every event of the log, kept when it happened at or before `asOf`. */
async function replayByDefinition(store: EventStore, asOf: Date): Promise<MemoryFoldStore> {
  const events: ReadAllEvent[] = [];
  for (;;) {
    const after = events[events.length - 1]?.checkpoint;
    const page = await store.readAll({ ...(after ? { after } : {}), limit: 500 });
    events.push(...page);
    if (page.length < 500) break;
  }
  const limit = asOf.getTime();
  return foldInMemory(
    SPECS,
    events.filter((e) => Date.parse(occurredAt(e)) <= limit),
    new MemoryFoldStore(false),
  );
}

describe('as-of replay on the embedded store', { timeout: 60_000 }, () => {
  let store: SqlEventStore;

  beforeAll(async () => {
    store = createPgliteEventStore();
    await store.init();
    const writer = new HistoryWriter(store);
    await writeFirstHalf(writer);
    await writeSecondHalf(writer);
    const rename = (unitId: string, newName: string, at: string) =>
      writer.append(`unit-${unitId}`, 'UnitRenamed', { unitId, newName, renamedAt: at }, at);
    // Decision times whose written date is a day off their instant, and one that is no date at all.
    await rename('u1', '司法局(东)', '2024-07-03T01:00:00+14:00');
    await rename('u2', '公安分局(西)', '2024-07-01T20:00:00-10:00');
    await rename('u3', '城关镇(未定)', 'not a time');
    // Written in the log's order after events that happened later: the order of the log still holds.
    await rename('u1', '司法局(补)', '2024-03-01T09:00:00+08:00');
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  const times = [
    SCRIPT_MIDPOINT,
    SCRIPT_NOW,
    new Date('2024-07-02T10:59:59.999Z'),
    new Date('2024-07-02T11:00:00.000Z'),
    new Date('2024-07-02T06:00:00.000Z'),
    new Date('2023-12-31T00:00:00.000Z'),
    new Date('2030-01-01T00:00:00.000Z'),
  ];

  it.each(times.map((t) => [t.toISOString(), t] as const))(
    'folds as of %s exactly the documents a fold of the whole log filtered by decision time gives',
    async (_label, asOf) => {
      const replayed = await new AsOfReplay(store).all(asOf, SPECS);
      const expected = await replayByDefinition(store, asOf);
      expect(replayed.docs).toEqual(expected.docs);
    },
  );

  it('reads through readAll alone when the store is not SQL, with the same result', async () => {
    const plain: EventStore = {
      kind: 'plain',
      init: () => store.init(),
      append: (...args: Parameters<EventStore['append']>) => store.append(...args),
      readStream: (...args: Parameters<EventStore['readStream']>) => store.readStream(...args),
      streamVersion: (...args: Parameters<EventStore['streamVersion']>) => store.streamVersion(...args),
      readAll: (...args: Parameters<EventStore['readAll']>) => store.readAll(...args),
      subscribe: (...args: Parameters<EventStore['subscribe']>) => store.subscribe(...args),
      restore: (...args: Parameters<EventStore['restore']>) => store.restore(...args),
      close: async () => undefined,
    } as EventStore;
    const viaSql = await new AsOfReplay(store).all(SCRIPT_NOW, SPECS);
    const viaReadAll = await new AsOfReplay(plain).all(SCRIPT_NOW, SPECS);
    expect(viaReadAll.docs).toEqual(viaSql.docs);
    expect(viaSql.docs.get('units')?.size).toBe(3);
  });
});
