import type { FindingSeverity, FindingStatus } from '../findings/finding.values.js';

/** 法治督察 · 专项督察 · 案卷评查. */
export const INSPECTION_KINDS = ['RULE_OF_LAW', 'SPECIAL', 'CASE_FILE_REVIEW'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** How many case files were sampled at one unit, as planned when a case-file review opens. */
export interface UnitFilesSampled {
  unitId: string;
  filesSampled: number;
}

/** The outcome of reviewing one unit's sampled case files. */
export interface CaseFileReviewOutcome {
  filesSampled: number;
  filesWithIssues: number;
  outcome: string;
}

/** One finding as a notice shows it: a snapshot taken when the notice was issued, not a live view. */
export interface NoticeFinding {
  findingId: string;
  description: string;
  severity: FindingSeverity;
  category: string;
  rectificationDeadline: string;
  status: FindingStatus;
  escalated: boolean;
}

/** A notice's findings for one unit. */
export interface NoticeUnitSection {
  unitId: string;
  /** Denormalised so the stored notice reads the same after a unit is renamed. */
  unitName: string;
  findings: NoticeFinding[];
}

/** The body of a notice (通报): the inspection's findings grouped by unit. */
export interface InspectionNoticeContent {
  inspectionKind: InspectionKind;
  inspectionTitle: string;
  periodStart: string;
  periodEnd: string;
  units: NoticeUnitSection[];
}

/** A notice as issued: what `InspectionNoticeIssued` records and what the renderer exports. */
export interface InspectionNotice {
  noticeId: string;
  inspectionId: string;
  title: string;
  issuedAt: string;
  content: InspectionNoticeContent;
}
