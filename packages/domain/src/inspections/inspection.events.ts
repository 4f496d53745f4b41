import type {
  CaseFileReviewOutcome,
  InspectionKind,
  InspectionNoticeContent,
  UnitFilesSampled,
} from './inspection.values.js';

export type InspectionOpened = {
  type: 'InspectionOpened';
  data: {
    inspectionId: string;
    kind: InspectionKind;
    title: string;
    teamUserIds: string[];
    targetUnitIds: string[];
    /** Calendar dates, YYYY-MM-DD, inclusive. */
    periodStart: string;
    periodEnd: string;
    /** Case-file reviews only (null otherwise): the total number of files sampled. */
    filesSampled: number | null;
    /** Case-file reviews only: the planned split per unit, empty when not planned per unit. */
    filesSampledByUnit: UnitFilesSampled[];
    openedBy: string;
    openedAt: string;
  };
};

export type CaseFileReviewRecorded = {
  type: 'CaseFileReviewRecorded';
  data: {
    inspectionId: string;
    unitId: string;
    filesSampled: number;
    filesWithIssues: number;
    outcome: string;
    /** The record this one replaces for the same unit, or null for the first one. */
    previous: CaseFileReviewOutcome | null;
    recordedBy: string;
    recordedAt: string;
  };
};

export type InspectionNoticeIssued = {
  type: 'InspectionNoticeIssued';
  data: {
    inspectionId: string;
    noticeId: string;
    title: string;
    content: InspectionNoticeContent;
    issuedBy: string;
    issuedAt: string;
  };
};

export type InspectionClosed = {
  type: 'InspectionClosed';
  data: {
    inspectionId: string;
    targetUnitIds: string[];
    remarks: string | null;
    closedBy: string;
    closedAt: string;
  };
};

export type InspectionEvent =
  InspectionOpened | CaseFileReviewRecorded | InspectionNoticeIssued | InspectionClosed;
