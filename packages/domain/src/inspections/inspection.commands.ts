import type { InspectionKind, InspectionNoticeContent, UnitFilesSampled } from './inspection.values.js';

export type OpenInspection = {
  type: 'OpenInspection';
  data: {
    inspectionId: string;
    kind: InspectionKind;
    title: string;
    teamUserIds: string[];
    targetUnitIds: string[];
    periodStart: string;
    periodEnd: string;
    /** Required for a case-file review, refused for other kinds. */
    filesSampled?: number | null;
    /** Optional for a case-file review: must name target units and add up to `filesSampled`. */
    filesSampledByUnit?: UnitFilesSampled[] | null;
  };
};

export type RecordCaseFileReview = {
  type: 'RecordCaseFileReview';
  data: {
    inspectionId: string;
    unitId: string;
    filesSampled: number;
    filesWithIssues: number;
    outcome: string;
  };
};

/**
 * The handler composes `content` with `composeNotice` from the inspection and its findings. Only the
 * unit sections are taken from it: the header (kind, title, period) is copied from the inspection.
 */
export type IssueInspectionNotice = {
  type: 'IssueInspectionNotice';
  data: {
    inspectionId: string;
    noticeId: string;
    title: string;
    content: Pick<InspectionNoticeContent, 'units'>;
  };
};

export type CloseInspection = {
  type: 'CloseInspection';
  data: {
    inspectionId: string;
    remarks?: string | null;
  };
};

export type InspectionCommand =
  OpenInspection | RecordCaseFileReview | IssueInspectionNotice | CloseInspection;
