import type { FindingSeverity, FindingStatus } from '@duban/domain';

/** A finding (问题) and its rectification (整改) as the read model keeps it. */
export interface FindingRow {
  findingId: string;
  inspectionId: string;
  unitId: string;
  description: string;
  severity: FindingSeverity;
  category: string;
  taskId: string | null;
  status: FindingStatus;
  /** Calendar date YYYY-MM-DD: the last day on which rectification is on time. */
  rectificationDeadline: string;
  loggedAt: string;
  notifiedAt: string | null;
  plan: {
    plan: string;
    measures: string[];
    plannedCompletionDate: string;
    plannedAfterDeadline: boolean;
    submittedAt: string;
  } | null;
  percent: number;
  lastReportAt: string | null;
  closureRequestedAt: string | null;
  returns: number;
  closedAt: string | null;
  onTime: boolean | null;
  escalated: boolean;
  escalation: { reason: string; escalatedBy: string; escalatedAt: string } | null;
  reminders: string[];
  evidenceCount: number;
  updatedAt: string;
}
