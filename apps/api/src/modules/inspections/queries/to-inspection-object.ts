import type { ReadView } from '../../read-model/read-view.js';
import type { Inspection } from '../graphql/inspection.object.js';
import type { InspectionRow } from '../projections/inspection-row.js';

export const toInspectionObject = (row: InspectionRow, view: ReadView): Inspection => ({
  id: row.inspectionId,
  kind: row.kind,
  title: row.title,
  teamUserIds: row.teamUserIds,
  targetUnitIds: row.targetUnitIds,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  filesSampled: row.filesSampled,
  caseFileReviews: row.caseFileReviews.map((r) => ({ ...r, unitName: view.unitName(r.unitId) })),
  noticeCount: row.notices.length,
  status: row.status,
  openedAt: row.openedAt,
  closedAt: row.closedAt,
  remarks: row.remarks,
  noticeRows: row.notices,
});
