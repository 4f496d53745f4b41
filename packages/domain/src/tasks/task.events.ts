import type { EvidenceRef } from '../shared/evidence.js';
import type { DerivedRate, IndicatorFigures, IndicatorSet } from '../indicators/indicator.types.js';

export const TASK_STATUSES = [
  'DRAFT',
  'ASSIGNED',
  'IN_PROGRESS',
  'AWAITING_REVIEW',
  'HANDOFF_PENDING',
  'COMPLETED',
  'CANCELLED',
  'REMOVED',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Statuses from which a handoff may be requested and to which a rejected handoff returns. */
export type HandoffOrigin = 'ASSIGNED' | 'IN_PROGRESS';

/** Whether a unit acts on a task as its lead (牵头) or as a cooperating unit (配合). */
export type TaskUnitRole = 'LEAD' | 'COOPERATING';

/** Facts every task event repeats so a projection never has to look elsewhere to file it. */
export interface TaskRef {
  taskId: string;
  listId: string;
  area: string;
  title: string;
}

/** The editable content of a task, as it stands after the event. */
export interface TaskContent {
  area: string;
  title: string;
  description: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  /** Calendar date `YYYY-MM-DD`; the task is due by the end of that day, district time. */
  deadline: string;
  indicators: IndicatorSet;
}

export type TaskDrafted = {
  type: 'TaskDrafted';
  data: { taskId: string; listId: string } & TaskContent & { draftedAt: string };
};

export type TaskEdited = {
  type: 'TaskEdited';
  data: { taskId: string; listId: string } & TaskContent & {
      changedFields: (keyof TaskContent)[];
      /** Values of the changed fields before the edit. */
      previous: Partial<TaskContent>;
      editedAt: string;
    };
};

export type TaskRemoved = {
  type: 'TaskRemoved';
  data: TaskRef & { leadUnitId: string; reason: string | null; removedAt: string };
};

/**
 * A removal that lost to the issue of its list: the list went out naming the task after the task's
 * TaskRemoved and before the removal reached the list, so the task is a draft again and is assigned
 * with the rest (docs/adr/0005-two-stream-commands.md).
 */
export type TaskRemovalWithdrawn = {
  type: 'TaskRemovalWithdrawn';
  data: TaskRef & { leadUnitId: string; reason: string; withdrawnAt: string };
};

/** The task was issued to its units (交办). */
export type TaskAssigned = {
  type: 'TaskAssigned';
  data: TaskRef & {
    description: string;
    leadUnitId: string;
    cooperatingUnitIds: string[];
    deadline: string;
    indicators: IndicatorSet;
    assignedAt: string;
  };
};

/** 签收 by one unit. When the lead acknowledges, the task moves to IN_PROGRESS. */
export type TaskAcknowledged = {
  type: 'TaskAcknowledged';
  data: TaskRef & { unitId: string; unitRole: TaskUnitRole; leadUnitId: string; acknowledgedAt: string };
};

export type TaskProgressReported = {
  type: 'TaskProgressReported';
  data: TaskRef & {
    unitId: string;
    unitRole: TaskUnitRole;
    leadUnitId: string;
    /** This unit's progress, 0-100; never lower than its previous report. */
    percent: number;
    narrative: string;
    /** Raw counts in this report (cumulative values, replacing earlier ones for the same indicator). */
    figures: IndicatorFigures;
    /**
     * This unit's own figures to date after this report. (Events recorded before figures were kept
     * per unit may hold the task's figures as the last report stated them; no fold reads this field.)
     */
    figuresToDate: IndicatorFigures;
    /** Rates derived from `figuresToDate`: this unit's own rates. */
    rates: DerivedRate[];
    evidence: EvidenceRef[];
    reportedAt: string;
  };
};

/** 申请办结 by the lead. */
export type TaskCompletionRequested = {
  type: 'TaskCompletionRequested';
  data: TaskRef & {
    leadUnitId: string;
    summary: string;
    evidence: EvidenceRef[];
    deadline: string;
    requestedAt: string;
  };
};

/** 审核通过: the task is completed. `onTime` compares completion with the deadline in force. */
export type TaskAccepted = {
  type: 'TaskAccepted';
  data: TaskRef & {
    leadUnitId: string;
    cooperatingUnitIds: string[];
    deadline: string;
    /** When the lead asked for the completion now accepted; `onTime` is judged by it. */
    completionRequestedAt: string;
    completedAt: string;
    onTime: boolean;
    comment: string | null;
  };
};

/** 退回: review sends the task back to IN_PROGRESS. */
export type TaskReturned = {
  type: 'TaskReturned';
  data: TaskRef & { leadUnitId: string; reason: string; returnedAt: string };
};

/** 申请转办 by the lead. */
export type HandoffRequested = {
  type: 'HandoffRequested';
  data: TaskRef & {
    fromUnitId: string;
    toUnitId: string;
    reason: string;
    previousStatus: HandoffOrigin;
    requestedAt: string;
  };
};

/**
 * The new lead takes over; the task is ASSIGNED to it and awaits its acknowledgement. The old lead's
 * tenure (from its assignment to `approvedAt`) stays in its record.
 */
export type HandoffApproved = {
  type: 'HandoffApproved';
  data: TaskRef & {
    fromUnitId: string;
    toUnitId: string;
    /** Cooperating units after the handoff (the new lead is no longer one of them). */
    cooperatingUnitIds: string[];
    deadline: string;
    comment: string | null;
    approvedAt: string;
  };
};

export type HandoffRejected = {
  type: 'HandoffRejected';
  data: TaskRef & {
    fromUnitId: string;
    toUnitId: string;
    reason: string;
    restoredStatus: HandoffOrigin;
    rejectedAt: string;
  };
};

/** 申请延期 by the lead. */
export type ExtensionRequested = {
  type: 'ExtensionRequested';
  data: TaskRef & {
    leadUnitId: string;
    currentDeadline: string;
    requestedDeadline: string;
    reason: string;
    requestedAt: string;
  };
};

export type ExtensionApproved = {
  type: 'ExtensionApproved';
  data: TaskRef & {
    leadUnitId: string;
    oldDeadline: string;
    newDeadline: string;
    comment: string | null;
    approvedAt: string;
  };
};

export type ExtensionRejected = {
  type: 'ExtensionRejected';
  data: TaskRef & {
    leadUnitId: string;
    currentDeadline: string;
    requestedDeadline: string;
    reason: string;
    rejectedAt: string;
  };
};

/**
 * 催办. MANUAL by the office with a message; AUTOMATIC by the deadline process manager with a
 * threshold (`DUE_IN_<n>_DAYS` or `OVERDUE`), sent once per threshold per deadline.
 */
export type TaskUrged = {
  type: 'TaskUrged';
  data: TaskRef & {
    leadUnitId: string;
    cooperatingUnitIds: string[];
    status: TaskStatus;
    deadline: string;
    mode: 'MANUAL' | 'AUTOMATIC';
    threshold: string | null;
    message: string | null;
    urgedBy: string;
    urgedAt: string;
  };
};

/** 撤销 by the office. */
export type TaskCancelled = {
  type: 'TaskCancelled';
  data: TaskRef & {
    leadUnitId: string;
    cooperatingUnitIds: string[];
    previousStatus: TaskStatus;
    reason: string;
    cancelledAt: string;
  };
};

export type TaskEvent =
  | TaskDrafted
  | TaskEdited
  | TaskRemoved
  | TaskRemovalWithdrawn
  | TaskAssigned
  | TaskAcknowledged
  | TaskProgressReported
  | TaskCompletionRequested
  | TaskAccepted
  | TaskReturned
  | HandoffRequested
  | HandoffApproved
  | HandoffRejected
  | ExtensionRequested
  | ExtensionApproved
  | ExtensionRejected
  | TaskUrged
  | TaskCancelled;
