import type { Checkpoint } from '@duban/event-store';
import type { ReadTables } from '../../../../core/projection/read-tables.js';
import type { AuditLogRow } from '../../projections/audit-log-row.js';
import { AUDIT_TIME_MAX_MS, AUDIT_TIME_MIN_MS } from '../../projections/audit-log-row.js';
import { AUDIT_LOG_TABLE, AUDIT_ROW_SELECT, rowOfAuditTable } from '../../projections/audit-log.table.js';
import type { AuditTableRow } from '../../projections/audit-log.table.js';
import type { AuditLogFilter } from './audit-log-filter.js';

/** Milliseconds since 1970 as a `timestamptz`, exactly (no text, no floating point). */
const instant = (ms: string): string => `(timestamptz 'epoch' + ${ms}::bigint * interval '1 millisecond')`;

const bound = (time: Date): string =>
  Math.min(Math.max(time.getTime(), AUDIT_TIME_MIN_MS), AUDIT_TIME_MAX_MS + 1).toString();

export interface AuditRowsPage {
  /** Up to `limit + 1` rows older than the cursor, newest first: one more than asked says another page follows. */
  rows: AuditLogRow[];
  /** Rows matching the filter over the whole log, whatever the cursor. */
  total: number;
}

/**
 * A page of the audit table, newest first (backwards along the log's order), and the count of every
 * match, in one statement so both come from the same snapshot.
 */
export async function readAuditPage(
  tables: ReadTables,
  filter: AuditLogFilter,
  before: Checkpoint | null,
  limit: number,
): Promise<AuditRowsPage> {
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.userId) where.push(`actor_user_id = ${param(filter.userId)}`);
  if (filter.unitId) where.push(`actor_unit_id = ${param(filter.unitId)}`);
  if (filter.types && filter.types.length > 0) where.push(`type = any(${param([...filter.types])}::text[])`);
  if (filter.from) where.push(`occurred_at >= ${instant(param(bound(filter.from)))}`);
  if (filter.to) where.push(`occurred_at < ${instant(param(bound(filter.to)))}`);
  const matches = where.length > 0 ? where.join(' and ') : 'true';
  const older = before
    ? ` and (transaction_id, global_position) < (${param(before.transactionId.toString())}::bigint, ${param(before.globalPosition.toString())}::bigint)`
    : '';
  const t = tables.name(AUDIT_LOG_TABLE);
  const { rows } = await tables.db.sql.query<{ total: number } & Partial<AuditTableRow>>(
    // The page orders by the bigint copies (tx, gp): the selected transaction_id is text.
    `select c.total, p.*
       from (select count(*)::int as total from ${t} where ${matches}) c
       left join lateral (
         select ${AUDIT_ROW_SELECT}, transaction_id as tx, global_position as gp from ${t}
          where ${matches}${older}
          order by tx desc, gp desc
          limit ${param(limit + 1)}
       ) p on true
      order by p.tx desc, p.gp desc`,
    params,
  );
  return {
    rows: rows.flatMap((row) => (row.event_id ? [rowOfAuditTable(row as AuditTableRow)] : [])),
    total: rows[0]?.total ?? 0,
  };
}
