/** The queue's groups in the order the workspace shows them. */
export const TASK_GROUPS = ['toAcknowledge', 'toReport', 'returned', 'awaitingDecision', 'overdue'] as const;

export type TaskGroup = (typeof TASK_GROUPS)[number];
