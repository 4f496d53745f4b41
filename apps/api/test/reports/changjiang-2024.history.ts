import { randomUUID } from 'node:crypto';
import { changjiang2024 } from '@duban/domain/testing';
import type { EventStore } from '@duban/event-store';

/** The seed-shaped 2024 history of `@duban/domain/testing`, for suites that write it to a store. */
export const { INSPECTION, LIST_2024, LIST_2025, changjiang2024Events } = changjiang2024;

/** Appends the history to a store, event by event in order, each with its actor in the metadata. */
export const appendChangjiang2024 = async (store: EventStore): Promise<void> => {
  for (const event of changjiang2024Events()) {
    await store.append(
      event.streamId,
      [
        {
          id: randomUUID(),
          type: event.type,
          data: event.data,
          metadata: { actor: event.actor, recordedAt: event.at },
        },
      ],
      'any',
    );
  }
};
