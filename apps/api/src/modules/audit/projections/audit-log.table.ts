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
  indexes: [
    '(transaction_id, global_position)',
    '(actor_user_id, transaction_id, global_position)',
    '(actor_unit_id, transaction_id, global_position)',
    '(type, transaction_id, global_position)',
    '(occurred_at)',
  ],
});
