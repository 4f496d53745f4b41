import type { ReportSourceEvent } from './report.values.js';

/**
 * An event as the store returns it, described here so the domain needs no dependency on the store:
 * a recorded event of `@duban/event-store` fits this shape.
 */
export interface LoggedEvent {
  id: string;
  streamId: string;
  streamPosition: number;
  globalPosition: bigint | number | string;
  type: string;
  data: unknown;
  metadata: { actor: { userId: string; role: string; unitId?: string | null } };
  recordedAt: string;
}

/** The reference a report keeps to an event it computed a figure from. */
export const sourceOf = (event: LoggedEvent): ReportSourceEvent => ({
  eventId: event.id,
  streamId: event.streamId,
  streamPosition: event.streamPosition,
  globalPosition: String(event.globalPosition),
  type: event.type,
  actor: {
    userId: event.metadata.actor.userId,
    role: event.metadata.actor.role,
    unitId: event.metadata.actor.unitId ?? null,
  },
  recordedAt: event.recordedAt,
});

/** Sources in log order without repeats, so the same event listed by two figures appears once. */
export const uniqueSources = (sources: ReportSourceEvent[]): ReportSourceEvent[] => {
  const byId = new Map<string, ReportSourceEvent>();
  for (const source of sources) if (!byId.has(source.eventId)) byId.set(source.eventId, source);
  return [...byId.values()].sort((a, b) => {
    const left = BigInt(a.globalPosition);
    const right = BigInt(b.globalPosition);
    return left < right ? -1 : left > right ? 1 : 0;
  });
};
