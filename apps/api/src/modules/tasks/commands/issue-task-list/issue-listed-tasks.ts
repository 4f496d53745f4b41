import type { Actor, IssueTask } from '@duban/domain';
import type { Checkpoint } from '@duban/event-store';
import { retryOnConflict } from '../../../../core/process-manager/retry-on-conflict.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import type { TaskCommandRunner } from '../task-command.runner.js';

/** The key of each task's TaskAssigned for one list: a retry anywhere recognises what is already written. */
export const issueKeyOf = (listId: string): string => `issue-of-list:${listId}`;
/** The key of the list's own TaskListIssued. */
export const LIST_ISSUE_KEY = 'issue';

/**
 * Assigns every task of an issued list that is not yet assigned. Shared by the issuing handler and by
 * the process manager that finishes an issue cut short; both may run at once, so a conflict is retried
 * (the second attempt finds the task assigned and decides nothing).
 */
export async function issueListedTasks(
  tasks: TaskCommandRunner,
  listId: string,
  taskIds: readonly string[],
  actor: Actor,
  trace: { correlationId?: string; causationId?: string } = {},
): Promise<{ issued: string[]; checkpoint: Checkpoint | null }> {
  const issued: string[] = [];
  let checkpoint: Checkpoint | null = null;
  for (const taskId of taskIds) {
    const command: IssueTask = { type: 'IssueTask', data: { taskId } };
    const result = await retryOnConflict(() =>
      tasks.run(command, actor, { idempotencyKey: issueKeyOf(listId), ...trace }),
    );
    if (result.events.length > 0) issued.push(taskId);
    checkpoint = latestCheckpoint(checkpoint, result.checkpoint);
  }
  return { issued, checkpoint };
}
