import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, ReadAllEvent } from '@duban/event-store';
import { EVENT_STORE } from '../../core/event-store/event-store.token.js';
import { foldInMemory } from '../../core/projection/document-projection.js';
import type { FoldSpec } from '../../core/projection/document-projection.js';
import { occurredAt } from '../../core/projection/event-time.js';
import { MemoryFoldStore } from '../../core/projection/fold-store.js';
import { findingsProjection } from '../findings/projections/findings.projection.js';
import { taskListsProjection } from '../task-lists/projections/task-lists.projection.js';
import { tasksProjection } from '../tasks/projections/tasks.projection.js';
import { unitsProjection } from '../units/projections/units.projection.js';

/** What progress figures are computed from. */
const PROGRESS_SOURCES: readonly FoldSpec[] = [
  unitsProjection,
  taskListsProjection,
  tasksProjection,
  findingsProjection,
];

/** Events per read while replaying: few round trips, bounded memory per page. */
const PAGE = 10_000;

/**
 * "As of" answers: replays the log up to a time through the same folds the projector uses, into
 * memory, so a past answer is computed exactly like the live one. An event counts when it happened
 * (the time its command was decided) at or before `asOf`.
 */
@Injectable()
export class AsOfReplay {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * The documents progress is computed from, as they stood at `asOf`, folded in memory. Timelines and
   * other log rows are not built: nobody reads them here.
   */
  async all(asOf: Date, specs: readonly FoldSpec[] = PROGRESS_SOURCES): Promise<MemoryFoldStore> {
    const limit = asOf.getTime();
    const types = new Set(specs.flatMap((spec) => [...spec.handles]));
    const folded = new MemoryFoldStore(false);
    let after: ReadAllEvent['checkpoint'] | undefined;
    for (;;) {
      const page = await this.store.readAll({ ...(after ? { after } : {}), limit: PAGE });
      if (page.length === 0) break;
      foldInMemory(
        specs,
        page.filter((e) => types.has(e.type) && Date.parse(occurredAt(e)) <= limit),
        folded,
      );
      after = page[page.length - 1]!.checkpoint;
      if (page.length < PAGE) break;
    }
    return folded;
  }

  /** One stream (a task, a finding) as it stood at `asOf`, with the units of that time. */
  async stream(streamId: string, asOf: Date, specs: readonly FoldSpec[]): Promise<MemoryFoldStore> {
    const limit = asOf.getTime();
    const events = (await this.store.readStream(streamId)).filter((e) => Date.parse(occurredAt(e)) <= limit);
    return foldInMemory(specs, events as ReadAllEvent[]);
  }
}
