import type { InspectionKind } from '@duban/domain';

/** An inspection (督察) as the read model keeps it. */
export interface InspectionRow {
  inspectionId: string;
  kind: InspectionKind;
  title: string;
  teamUserIds: string[];
  targetUnitIds: string[];
  periodStart: string;
  periodEnd: string;
  filesSampled: number | null;
  filesSampledByUnit: { unitId: string; filesSampled: number }[];
  caseFileReviews: {
    unitId: string;
    filesSampled: number;
    filesWithIssues: number;
    outcome: string;
    recordedAt: string;
  }[];
  notices: { noticeId: string; title: string; issuedAt: string }[];
  status: 'OPEN' | 'CLOSED';
  openedAt: string;
  closedAt: string | null;
  remarks: string | null;
}
