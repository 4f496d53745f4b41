/** What the audit log keeps of one event: enough to filter and show it, without its data. */
export interface AuditLogRow {
  eventId: string;
  /** The event's place in the global log (its checkpoint), as decimal text: the order of the log. */
  transactionId: string;
  globalPosition: string;
  type: string;
  streamId: string;
  /** ISO time the change was decided (`metadata.recordedAt`), else the store's commit time. */
  occurredAt: string;
  actorUserId: string;
  actorRole: string;
  actorUnitId: string | null;
  correlationId: string | null;
  /** `summarizeEventData` of the event's data: secrets left out, cut short. */
  summary: string;
}

/**
 * The times a row may hold (years 1 to 9999, what ISO text and `timestamptz` share). A decision time
 * outside them is not believed; a filter bound outside them is moved to their edge, which selects
 * the same rows.
 */
export const AUDIT_TIME_MIN_MS = Date.parse('0001-01-01T00:00:00.000Z');
export const AUDIT_TIME_MAX_MS = Date.parse('9999-12-31T23:59:59.999Z');
