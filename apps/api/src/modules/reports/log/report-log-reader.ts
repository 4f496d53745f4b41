import { Inject, Injectable } from '@nestjs/common';
import type { Checkpoint, EventStore, ReadAllEvent, RecordedEvent } from '@duban/event-store';
import { EVENT_STORE } from '../../../core/event-store/event-store.token.js';

/** Events per read of the global log; the log is read in pages so no single query grows unbounded. */
const PAGE_SIZE = 5000;

/**
 * The report reads the event log itself rather than the read tables, because every figure must name
 * the events it was computed from, and only the log has them.
 */
@Injectable()
export class ReportLogReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The whole log in global order, as recorded up to `asOf` when given. */
  async readLog(asOf?: Date): Promise<ReadAllEvent[]> {
    const events: ReadAllEvent[] = [];
    let after: Checkpoint | undefined;
    for (;;) {
      const page = await this.store.readAll({
        limit: PAGE_SIZE,
        ...(after ? { after } : {}),
        ...(asOf ? { asOf } : {}),
      });
      events.push(...page);
      if (page.length < PAGE_SIZE) return events;
      after = page[page.length - 1]!.checkpoint;
    }
  }

  readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(streamId);
  }

  /** One event by its stream and position, or null when it is not there. */
  async readEvent(streamId: string, position: number): Promise<RecordedEvent | null> {
    const [event] = await this.store.readStream(streamId, { fromVersion: position, toVersion: position });
    return event ?? null;
  }
}
