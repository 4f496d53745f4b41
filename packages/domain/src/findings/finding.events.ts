import type { EvidenceRef } from '../shared/evidence.js';
import type { FindingSeverity, FindingStatus, ReminderThreshold } from './finding.values.js';

/** Every finding event names its finding, inspection and unit, so per-unit projections need no lookup. */
interface FindingRef {
  findingId: string;
  inspectionId: string;
  unitId: string;
}

export type FindingLogged = {
  type: 'FindingLogged';
  data: FindingRef & {
    description: string;
    severity: FindingSeverity;
    category: string;
    evidence: EvidenceRef[];
    /** Calendar date, YYYY-MM-DD: the last day on which rectification is on time. */
    rectificationDeadline: string;
    /** The task this finding concerns, when there is one. */
    taskId: string | null;
    loggedBy: string;
    loggedAt: string;
  };
};

export type FindingNotified = {
  type: 'FindingNotified';
  data: FindingRef & {
    rectificationDeadline: string;
    notifiedBy: string;
    notifiedAt: string;
  };
};

export type RectificationPlanSubmitted = {
  type: 'RectificationPlanSubmitted';
  data: FindingRef & {
    plan: string;
    measures: string[];
    /** Calendar date, YYYY-MM-DD. May lie after the deadline; the flag saves projections the comparison. */
    plannedCompletionDate: string;
    plannedAfterDeadline: boolean;
    submittedBy: string;
    submittedAt: string;
  };
};

export type RectificationProgressReported = {
  type: 'RectificationProgressReported';
  data: FindingRef & {
    narrative: string;
    percent: number;
    previousPercent: number;
    evidence: EvidenceRef[];
    reportedBy: string;
    reportedAt: string;
  };
};

export type FindingClosureRequested = {
  type: 'FindingClosureRequested';
  data: FindingRef & {
    summary: string;
    evidence: EvidenceRef[];
    requestedBy: string;
    requestedAt: string;
  };
};

export type RectificationVerified = {
  type: 'RectificationVerified';
  data: FindingRef & {
    remarks: string | null;
    rectificationDeadline: string;
    /** True when closed on or before the deadline day (in the offset of the time passed as `now`). */
    onTime: boolean;
    verifiedBy: string;
    closedAt: string;
  };
};

export type RectificationReturned = {
  type: 'RectificationReturned';
  data: FindingRef & {
    reason: string;
    returnedBy: string;
    returnedAt: string;
  };
};

export type FindingEscalated = {
  type: 'FindingEscalated';
  data: FindingRef & {
    reason: string;
    /** The status when escalated, for the office's ledger of 挂牌督办 items. */
    status: FindingStatus;
    rectificationDeadline: string;
    escalatedBy: string;
    escalatedAt: string;
  };
};

export type FindingReminded = {
  type: 'FindingReminded';
  data: FindingRef & {
    threshold: ReminderThreshold;
    /** The N of DUE_IN_N_DAYS as configured when the reminder ran; null for OVERDUE. */
    days: number | null;
    rectificationDeadline: string;
    remindedAt: string;
  };
};

export type FindingEvent =
  | FindingLogged
  | FindingNotified
  | RectificationPlanSubmitted
  | RectificationProgressReported
  | FindingClosureRequested
  | RectificationVerified
  | RectificationReturned
  | FindingEscalated
  | FindingReminded;
