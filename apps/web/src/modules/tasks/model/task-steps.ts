export type StepKey = 'assigned' | 'acknowledged' | 'inProgress' | 'review' | 'completed';
export const STEP_KEYS: readonly StepKey[] = [
  'assigned',
  'acknowledged',
  'inProgress',
  'review',
  'completed',
];

export interface TaskStepFacts {
  status: string;
  leadAcknowledged: boolean;
  assignedAt: string | null;
  lastReportAt: string | null;
  completionRequestedAt: string | null;
}

export interface TaskStepState {
  /** Index into STEP_KEYS of the step the task stands at. */
  current: number;
  status: 'wait' | 'process' | 'finish' | 'error';
  /** A handoff under review replaces the title of the current step. */
  handoffPending: boolean;
}

/** Where the step bar stands for a task: the lifecycle 交办 → 签收 → 办理 → 审核 → 办结. */
export function taskSteps(task: TaskStepFacts): TaskStepState {
  const reached = (): number => {
    if (task.completionRequestedAt) return 3;
    if (task.lastReportAt) return 2;
    if (task.leadAcknowledged) return 2;
    if (task.assignedAt) return 1;
    return 0;
  };
  switch (task.status) {
    case 'DRAFT':
      return { current: 0, status: 'wait', handoffPending: false };
    case 'ASSIGNED':
      return { current: 1, status: 'process', handoffPending: false };
    case 'IN_PROGRESS':
      return { current: 2, status: 'process', handoffPending: false };
    case 'AWAITING_REVIEW':
      return { current: 3, status: 'process', handoffPending: false };
    case 'HANDOFF_PENDING':
      return { current: task.leadAcknowledged ? 2 : 1, status: 'process', handoffPending: true };
    case 'COMPLETED':
      return { current: 4, status: 'finish', handoffPending: false };
    default:
      // Cancelled (or removed): the step it stopped at, marked as an error.
      return { current: reached(), status: 'error', handoffPending: false };
  }
}
