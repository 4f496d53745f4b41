import type { ReadAllEvent } from '@duban/event-store';
import type { FoldSpec } from '../../../core/projection/document-projection.js';
import { EVERY_EVENT } from '../../../core/projection/document-projection.js';
import { occurredAt } from '../../../core/projection/event-time.js';
import { summarizeEventData } from '../summary/summarize-event-data.js';
import type { AuditLogRow } from './audit-log-row.js';
import { AUDIT_TIME_MAX_MS, AUDIT_TIME_MIN_MS } from './audit-log-row.js';
import { AUDIT_LOG_TABLE } from './audit-log.table.js';

export const AUDIT_LOG_PROJECTION = 'audit-log';

/**
 * When the change happened, as ISO text: the decision time (`metadata.recordedAt`) like everywhere
 * else, or the store's commit time when that is missing or not a time at all (an event imported
 * from elsewhere), so one odd event cannot stop the projection.
 */
function occurredAtIso(event: ReadAllEvent): string {
  const decided = Date.parse(occurredAt(event));
  const ms =
    decided >= AUDIT_TIME_MIN_MS && decided <= AUDIT_TIME_MAX_MS ? decided : Date.parse(event.recordedAt);
  return new Date(ms).toISOString();
}

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** The audit log's row of one event. */
export function auditLogRow(event: ReadAllEvent): AuditLogRow {
  const who = event.metadata?.actor;
  return {
    eventId: event.id,
    transactionId: event.checkpoint.transactionId.toString(),
    globalPosition: event.checkpoint.globalPosition.toString(),
    type: event.type,
    streamId: event.streamId,
    occurredAt: occurredAtIso(event),
    actorUserId: text(who?.userId) ?? 'unknown',
    actorRole: text(who?.role) ?? 'unknown',
    actorUnitId: text(who?.unitId),
    correlationId: typeof event.metadata?.correlationId === 'string' ? event.metadata.correlationId : null,
    summary: summarizeEventData(event.data),
  };
}

/**
 * Who did what: a row for every event of the log, whatever its type, with its actor, time, record
 * and a summary of its data. Nothing is read back and nothing updated, so a batch is one insert;
 * as-of answers never fold it (nothing here is a figure).
 */
export const auditLogProjection: FoldSpec = {
  name: AUDIT_LOG_PROJECTION,
  // 2: `doc` keeps only what the columns do not.
  version: 2,
  tables: [AUDIT_LOG_TABLE],
  handles: EVERY_EVENT,
  reads: () => [],
  fold(event, store) {
    if (!store.keepsLogs) return;
    store.append(AUDIT_LOG_TABLE, auditLogRow(event));
  },
};
