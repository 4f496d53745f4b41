import type { EvidenceRef } from '../shared/evidence.js';
import type { FindingSeverity, ReminderThreshold } from './finding.values.js';

export type LogFinding = {
  type: 'LogFinding';
  data: {
    findingId: string;
    inspectionId: string;
    unitId: string;
    description: string;
    severity: FindingSeverity;
    category: string;
    evidence?: EvidenceRef[] | null;
    rectificationDeadline: string;
    taskId?: string | null;
  };
};

export type NotifyFinding = {
  type: 'NotifyFinding';
  data: { findingId: string };
};

export type SubmitRectificationPlan = {
  type: 'SubmitRectificationPlan';
  data: {
    findingId: string;
    plan: string;
    measures: string[];
    plannedCompletionDate: string;
  };
};

export type ReportRectificationProgress = {
  type: 'ReportRectificationProgress';
  data: {
    findingId: string;
    narrative: string;
    percent: number;
    evidence?: EvidenceRef[] | null;
  };
};

export type RequestFindingClosure = {
  type: 'RequestFindingClosure';
  data: {
    findingId: string;
    summary: string;
    /** At least one file: a closure (申请销号) is never asked for on words alone. */
    evidence: EvidenceRef[];
  };
};

export type VerifyRectification = {
  type: 'VerifyRectification';
  data: { findingId: string; remarks?: string | null };
};

export type ReturnRectification = {
  type: 'ReturnRectification';
  data: { findingId: string; reason: string };
};

export type EscalateFinding = {
  type: 'EscalateFinding';
  data: { findingId: string; reason: string };
};

/** Sent by the deadline process manager; `days` is the configured N for DUE_IN_N_DAYS. */
export type RemindFinding = {
  type: 'RemindFinding';
  data: { findingId: string; threshold: ReminderThreshold; days?: number | null };
};

export type FindingCommand =
  | LogFinding
  | NotifyFinding
  | SubmitRectificationPlan
  | ReportRectificationProgress
  | RequestFindingClosure
  | VerifyRectification
  | ReturnRectification
  | EscalateFinding
  | RemindFinding;
