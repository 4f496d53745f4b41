import type { EvidenceRef } from '../shared/evidence.js';
import type { IndicatorFigures, IndicatorSet } from '../indicators/indicator.types.js';

/** Run by the handler after AddTaskToList succeeded on the list stream. */
export type DraftTask = {
  type: 'DraftTask';
  data: {
    taskId: string;
    listId: string;
    area: string;
    title: string;
    description: string;
    leadUnitId: string;
    cooperatingUnitIds?: string[];
    deadline: string;
    indicators?: IndicatorSet;
  };
};

/** Only the fields given change; allowed while drafted. */
export type EditTask = {
  type: 'EditTask';
  data: {
    taskId: string;
    area?: string;
    title?: string;
    description?: string;
    leadUnitId?: string;
    cooperatingUnitIds?: string[];
    deadline?: string;
    indicators?: IndicatorSet;
  };
};

export type RemoveTask = { type: 'RemoveTask'; data: { taskId: string; reason?: string | null } };

/**
 * Run by a removal, or by an issue, that finds the task removed but named by its issued list: the
 * issue won, the removed task is a draft again. Only on a REMOVED task.
 */
export type WithdrawTaskRemoval = { type: 'WithdrawTaskRemoval'; data: { taskId: string; reason: string } };

/** Run by the IssueTaskList handler for every task of the issued list; issuing twice is a no-op. */
export type IssueTask = { type: 'IssueTask'; data: { taskId: string } };

/** `unitId` is the unit acknowledging; a unit officer may only name its own unit. */
export type AcknowledgeTask = { type: 'AcknowledgeTask'; data: { taskId: string; unitId: string } };

export type ReportTaskProgress = {
  type: 'ReportTaskProgress';
  data: {
    taskId: string;
    unitId: string;
    percent: number;
    narrative: string;
    figures?: IndicatorFigures;
    evidence?: EvidenceRef[];
  };
};

export type RequestTaskCompletion = {
  type: 'RequestTaskCompletion';
  data: { taskId: string; summary: string; evidence?: EvidenceRef[] };
};

export type AcceptTask = { type: 'AcceptTask'; data: { taskId: string; comment?: string | null } };
export type ReturnTask = { type: 'ReturnTask'; data: { taskId: string; reason: string } };

export type RequestHandoff = {
  type: 'RequestHandoff';
  data: { taskId: string; toUnitId: string; reason: string };
};
export type ApproveHandoff = { type: 'ApproveHandoff'; data: { taskId: string; comment?: string | null } };
export type RejectHandoff = { type: 'RejectHandoff'; data: { taskId: string; reason: string } };

export type RequestExtension = {
  type: 'RequestExtension';
  data: { taskId: string; newDeadline: string; reason: string };
};
export type ApproveExtension = {
  type: 'ApproveExtension';
  data: { taskId: string; comment?: string | null };
};
export type RejectExtension = { type: 'RejectExtension'; data: { taskId: string; reason: string } };

/**
 * Without `threshold`: a manual urge by the office (message required). With `threshold`
 * (`DUE_IN_<n>_DAYS` | `OVERDUE`): an automatic urge by the system actor, refused if already sent.
 */
export type UrgeTask = {
  type: 'UrgeTask';
  data: { taskId: string; message?: string | null; threshold?: string | null };
};

export type CancelTask = { type: 'CancelTask'; data: { taskId: string; reason: string } };

export type TaskCommand =
  | DraftTask
  | EditTask
  | RemoveTask
  | WithdrawTaskRemoval
  | IssueTask
  | AcknowledgeTask
  | ReportTaskProgress
  | RequestTaskCompletion
  | AcceptTask
  | ReturnTask
  | RequestHandoff
  | ApproveHandoff
  | RejectHandoff
  | RequestExtension
  | ApproveExtension
  | RejectExtension
  | UrgeTask
  | CancelTask;
