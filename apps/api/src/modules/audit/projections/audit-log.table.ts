import { logTable } from '../../../core/projection/read-table.js';
import type { AuditLogRow } from './audit-log-row.js';

/**
 * One row per event of the log. `(transaction_id, global_position)` is the log's order (the
 * checkpoint): pages are read backwards along it. Each filter of the audit query has an index that
 * ends in the same order, so a filtered page is read in order too rather than sorted.
 */
export const AUDIT_LOG_TABLE = logTable<AuditLogRow>({
  name: 'audit_log',
  id: { name: 'event_id', type: 'text', value: (r) => r.eventId },
  columns: [
    { name: 'transaction_id', type: 'bigint', value: (r) => r.transactionId },
    { name: 'global_position', type: 'bigint', value: (r) => r.globalPosition },
    { name: 'occurred_at', type: 'timestamptz', value: (r) => r.occurredAt },
    { name: 'actor_user_id', type: 'text', value: (r) => r.actorUserId },
    { name: 'actor_role', type: 'text', value: (r) => r.actorRole },
    { name: 'actor_unit_id', type: 'text', value: (r) => r.actorUnitId },
    { name: 'type', type: 'text', value: (r) => r.type },
    { name: 'stream_id', type: 'text', value: (r) => r.streamId },
  ],
  // Everything else is in the columns: `rowOfAuditTable` puts the row together again.
  doc: (r) => ({ correlationId: r.correlationId, summary: r.summary }),
  indexes: [
    '(transaction_id, global_position)',
    '(actor_user_id, transaction_id, global_position)',
    '(actor_unit_id, transaction_id, global_position)',
    '(type, transaction_id, global_position)',
    '(occurred_at)',
  ],
});

/** The columns `rowOfAuditTable` needs, for a `select` from the audit table. */
export const AUDIT_ROW_SELECT =
  'event_id, transaction_id::text as transaction_id, global_position::text as global_position, type, stream_id, ' +
  `to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at, ` +
  'actor_user_id, actor_role, actor_unit_id, doc';

export interface AuditTableRow {
  event_id: string;
  transaction_id: string;
  global_position: string;
  type: string;
  stream_id: string;
  occurred_at: string;
  actor_user_id: string;
  actor_role: string;
  actor_unit_id: string | null;
  doc: { correlationId: string | null; summary: string };
}

/** The audit row as the projection made it, from a row selected with `AUDIT_ROW_SELECT`. */
export const rowOfAuditTable = (row: AuditTableRow): AuditLogRow => ({
  eventId: row.event_id,
  transactionId: row.transaction_id,
  globalPosition: row.global_position,
  type: row.type,
  streamId: row.stream_id,
  occurredAt: row.occurred_at,
  actorUserId: row.actor_user_id,
  actorRole: row.actor_role,
  actorUnitId: row.actor_unit_id,
  correlationId: row.doc.correlationId,
  summary: row.doc.summary,
});
