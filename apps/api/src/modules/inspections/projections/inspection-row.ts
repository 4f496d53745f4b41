import type { InspectionKind, NoticeUnitSection } from '@duban/domain';

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
  /** Notices (通报) as issued: who issued them, when, and the snapshot of findings by unit. */
  notices: {
    noticeId: string;
    title: string;
    issuedAt: string;
    issuedBy: string | null;
    units: NoticeUnitSection[];
  }[];
  status: 'OPEN' | 'CLOSED';
  openedAt: string;
  closedAt: string | null;
  remarks: string | null;
}
