import type { ReadAllEvent } from '@duban/event-store';
import { occurredAt } from './event-time.js';
import type { FieldChange, TimelineEntry } from './timeline-entry.js';

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : Array.isArray(value) ? value.join(', ') : String(value);

/** A change worth showing: only fields whose text differs. */
export const change = (field: string, from: unknown, to: unknown): FieldChange[] =>
  text(from) === text(to) ? [] : [{ field, from: text(from), to: text(to) }];

/** The timeline row of an event: the actor comes from the event's metadata. */
export function makeTimelineEntry(
  event: ReadAllEvent,
  subjectId: string,
  details: { unitId?: string | null; reason?: string | null; note?: string | null; changes?: FieldChange[] },
): TimelineEntry {
  const actor = event.metadata?.actor;
  return {
    id: event.id,
    subjectId,
    seq: event.streamPosition,
    type: event.type,
    at: occurredAt(event),
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    actorUnitId: actor?.unitId ?? null,
    unitId: details.unitId ?? null,
    reason: details.reason ?? null,
    note: details.note ?? null,
    changes: details.changes ?? [],
  };
}
