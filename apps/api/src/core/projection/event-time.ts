import type { RecordedEvent } from '@duban/event-store';

/**
 * When the event happened: the time the command was decided (metadata.recordedAt, from the API's
 * clock), else the store's commit time. Timelines and as-of queries go by this time.
 */
export const occurredAt = (event: RecordedEvent): string =>
  typeof event.metadata?.recordedAt === 'string' ? event.metadata.recordedAt : event.recordedAt;
