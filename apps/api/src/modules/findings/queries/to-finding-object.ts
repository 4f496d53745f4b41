import { isFindingOverdue } from '@duban/domain';
import type { FindingState } from '@duban/domain';
import type { ReadView } from '../../read-model/read-view.js';
import type { Finding } from '../graphql/finding.object.js';
import type { FindingRow } from '../projections/finding-row.js';

/** The overdue rule reads only status and deadline of the domain's state. */
export const isFindingRowOverdue = (row: FindingRow, view: ReadView): boolean =>
  isFindingOverdue(
    { status: row.status, rectificationDeadline: row.rectificationDeadline } as FindingState,
    view.nowIso,
  );

export function toFindingObject(
  row: FindingRow,
  view: ReadView,
  inspectionTitle: string | null = null,
): Finding {
  return {
    id: row.findingId,
    inspectionId: row.inspectionId,
    inspectionTitle,
    unitId: row.unitId,
    unitName: view.unitName(row.unitId),
    description: row.description,
    severity: row.severity,
    category: row.category,
    taskId: row.taskId,
    status: row.status,
    rectificationDeadline: row.rectificationDeadline,
    overdue: isFindingRowOverdue(row, view),
    escalated: row.escalated,
    escalationReason: row.escalation?.reason ?? null,
    escalatedAt: row.escalation?.escalatedAt ?? null,
    loggedAt: row.loggedAt,
    notifiedAt: row.notifiedAt,
    plan: row.plan?.plan ?? null,
    measures: row.plan?.measures ?? [],
    plannedCompletionDate: row.plan?.plannedCompletionDate ?? null,
    percent: row.percent,
    lastReportAt: row.lastReportAt,
    closureRequestedAt: row.closureRequestedAt,
    returns: row.returns,
    closedAt: row.closedAt,
    onTime: row.onTime,
    evidenceCount: row.evidenceCount,
    updatedAt: row.updatedAt,
    asOf: view.asOf?.toISOString() ?? null,
  };
}
