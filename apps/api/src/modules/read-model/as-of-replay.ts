import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, ReadAllEvent } from '@duban/event-store';
import { EVENT_STORE } from '../../core/event-store/event-store.token.js';
import { foldInMemory } from '../../core/projection/document-projection.js';
import type { FoldSpec } from '../../core/projection/document-projection.js';
import { occurredAt } from '../../core/projection/event-time.js';
import { MemoryFoldStore } from '../../core/projection/fold-store.js';
import { REGISTERED_PROJECTIONS } from '../../core/projection/registered-projections.js';

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

  /** The whole read model as it stood at `asOf`, folded in memory. */
  async all(asOf: Date, specs: readonly FoldSpec[] = REGISTERED_PROJECTIONS): Promise<MemoryFoldStore> {
    const limit = asOf.getTime();
    const types = new Set(specs.flatMap((spec) => [...spec.handles]));
    const folded = new MemoryFoldStore();
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
