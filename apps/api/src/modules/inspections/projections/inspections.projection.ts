import type { InspectionEvent } from '@duban/domain';
import type { ReadAllEvent } from '@duban/event-store';
import type { FoldSpec } from '../../../core/projection/document-projection.js';
import { INSPECTIONS_TABLE } from './inspections.table.js';

const TYPES: ReadonlySet<string> = new Set<InspectionEvent['type']>([
  'InspectionOpened',
  'CaseFileReviewRecorded',
  'InspectionNoticeIssued',
  'InspectionClosed',
]);

/** Inspections with their case-file reviews and notices; their findings are the findings projection's. */
export const inspectionsProjection: FoldSpec = {
  name: 'inspections',
  // 2: notices keep who issued them and their findings by unit, for the inspection's notice list.
  version: 2,
  tables: [INSPECTIONS_TABLE],
  handles: TYPES,
  reads: (event) => [[INSPECTIONS_TABLE, (event.data as { inspectionId: string }).inspectionId]],
  fold(raw: ReadAllEvent, store) {
    const event = { type: raw.type, data: raw.data } as InspectionEvent;
    const current = store.get(INSPECTIONS_TABLE, event.data.inspectionId);
    switch (event.type) {
      case 'InspectionOpened': {
        const e = event.data;
        store.put(INSPECTIONS_TABLE, e.inspectionId, {
          inspectionId: e.inspectionId,
          kind: e.kind,
          title: e.title,
          teamUserIds: e.teamUserIds,
          targetUnitIds: e.targetUnitIds,
          periodStart: e.periodStart,
          periodEnd: e.periodEnd,
          filesSampled: e.filesSampled,
          filesSampledByUnit: e.filesSampledByUnit,
          caseFileReviews: [],
          notices: [],
          status: 'OPEN',
          openedAt: e.openedAt,
          closedAt: null,
          remarks: null,
        });
        return;
      }
      case 'CaseFileReviewRecorded': {
        if (!current) return;
        const e = event.data;
        const review = {
          unitId: e.unitId,
          filesSampled: e.filesSampled,
          filesWithIssues: e.filesWithIssues,
          outcome: e.outcome,
          recordedAt: e.recordedAt,
        };
        store.put(INSPECTIONS_TABLE, current.inspectionId, {
          ...current,
          caseFileReviews: [...current.caseFileReviews.filter((r) => r.unitId !== e.unitId), review],
        });
        return;
      }
      case 'InspectionNoticeIssued':
        if (!current) return;
        store.put(INSPECTIONS_TABLE, current.inspectionId, {
          ...current,
          notices: [
            ...current.notices,
            {
              noticeId: event.data.noticeId,
              title: event.data.title,
              issuedAt: event.data.issuedAt,
              issuedBy: event.data.issuedBy ?? null,
              units: event.data.content.units,
            },
          ],
        });
        return;
      case 'InspectionClosed':
        if (!current) return;
        store.put(INSPECTIONS_TABLE, current.inspectionId, {
          ...current,
          status: 'CLOSED',
          closedAt: event.data.closedAt,
          remarks: event.data.remarks,
        });
        return;
      default: {
        const never: never = event;
        return never;
      }
    }
  },
};
