import { Inject, Injectable } from '@nestjs/common';
import type { Checkpoint, EventStore, ReadAllEvent } from '@duban/event-store';
import { START } from '@duban/event-store';
import { EVENT_STORE } from '../../../core/event-store/event-store.token.js';
import { summarizeEventData } from '../summary/summarize-event-data.js';

/** What the audit log keeps of one event: enough to filter and show it, without its data. */
export interface IndexedEvent {
  checkpoint: Checkpoint;
  eventId: string;
  type: string;
  streamId: string;
  occurredAtMs: number;
  actorUserId: string;
  actorRole: string;
  actorUnitId: string | null;
  correlationId: string | null;
  summary: string;
}

const READ_BATCH = 5000;

const indexed = (event: ReadAllEvent): IndexedEvent => {
  const who = event.metadata?.actor;
  const recordedAt =
    typeof event.metadata?.recordedAt === 'string' ? event.metadata.recordedAt : event.recordedAt;
  return {
    checkpoint: event.checkpoint,
    eventId: event.id,
    type: event.type,
    streamId: event.streamId,
    occurredAtMs: Date.parse(recordedAt),
    actorUserId: who?.userId ?? 'unknown',
    actorRole: who?.role ?? 'unknown',
    actorUnitId: who?.unitId ?? null,
    correlationId: typeof event.metadata?.correlationId === 'string' ? event.metadata.correlationId : null,
    summary: summarizeEventData(event.data),
  };
};

/**
 * The audit log's index of the event log, in global order, kept in memory and brought up to date
 * from the store on every question: the first question reads the whole log once, later ones only
 * what was appended since, so an answer always includes everything committed before it was asked.
 * An entry is a few hundred bytes, which suits a district's log (tens of thousands of events a
 * year); a far larger log would want this as a read-model table instead.
 */
@Injectable()
export class AuditIndex {
  private readonly events: IndexedEvent[] = [];
  private position: Checkpoint = START;
  private catchingUp: Promise<void> | null = null;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Every event up to now, oldest first. Concurrent callers share one read of the store. */
  async upToDate(): Promise<readonly IndexedEvent[]> {
    while (this.catchingUp) await this.catchingUp;
    this.catchingUp = this.catchUp().finally(() => {
      this.catchingUp = null;
    });
    await this.catchingUp;
    return this.events;
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const batch = await this.store.readAll({ after: this.position, limit: READ_BATCH });
      for (const event of batch) this.events.push(indexed(event));
      if (batch.length > 0) this.position = batch[batch.length - 1]!.checkpoint;
      if (batch.length < READ_BATCH) return;
    }
  }
}
