import { randomUUID } from 'node:crypto';
import type { Checkpoint, EventStore } from '@duban/event-store';

export interface HistoryActor {
  userId: string;
  role: string;
  unitId?: string | null;
}

/**
 * Appends domain events straight to the store with the metadata the API would give them, at times a
 * test chooses: a scripted history for read-model tests, without going through command handlers.
 */
export class HistoryWriter {
  /** Checkpoint of the last event appended, for waiting on the projector. */
  last: Checkpoint | null = null;
  count = 0;

  constructor(private readonly store: EventStore) {}

  async append(
    streamId: string,
    type: string,
    data: Record<string, unknown>,
    at: string,
    actor: HistoryActor = { userId: 'office-1', role: 'DISTRICT_OFFICE', unitId: null },
  ): Promise<void> {
    // Read, not remembered: the application's own process managers may append to the same streams.
    const version = await this.store.streamVersion(streamId);
    const result = await this.store.append(
      streamId,
      [
        {
          id: randomUUID(),
          type,
          data,
          metadata: {
            actor: { userId: actor.userId, role: actor.role, unitId: actor.unitId ?? null },
            recordedAt: at,
          },
        },
      ],
      version === -1 ? 'no_stream' : version,
    );
    this.last = result.checkpoint;
    this.count += 1;
  }
}
