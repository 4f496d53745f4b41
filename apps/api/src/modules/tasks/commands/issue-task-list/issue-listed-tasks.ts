import { DomainError } from '@duban/domain';
import type { Actor, IssueTask } from '@duban/domain';
import type { Checkpoint } from '@duban/event-store';
import { retryOnConflict } from '../../../../core/process-manager/retry-on-conflict.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import { withdrawOvertakenRemoval } from '../remove-task/withdraw-overtaken-removal.js';
import type { TaskCommandRunner } from '../task-command.runner.js';

/** The key of each task's TaskAssigned for one list: a retry anywhere recognises what is already written. */
export const issueKeyOf = (listId: string): string => `issue-of-list:${listId}`;
/** The key of the list's own TaskListIssued. */
export const LIST_ISSUE_KEY = 'issue';

/** A member the domain refused to assign: running again would be refused the same way. */
export interface RefusedMember {
  taskId: string;
  error: DomainError;
}

/**
 * Assigns every task of an issued list that is not yet assigned. Shared by the issuing handler and by
 * the process manager that finishes an issue cut short; both may run at once, so a conflict is retried
 * (the second attempt finds the task assigned and decides nothing).
 *
 * A member found removed lost its removal to this issue (the removal was between its two appends when
 * the list went out naming the task): the removal is withdrawn and the task assigned
 * (docs/adr/0005-two-stream-commands.md). A member the domain still refuses is passed over and
 * returned in `refused`, so it does not keep the rest of the list from being assigned; any other
 * error (the store gone, say) stops here and is thrown, and running again picks up where this left.
 */
export async function issueListedTasks(
  tasks: TaskCommandRunner,
  listId: string,
  taskIds: readonly string[],
  actor: Actor,
  trace: { correlationId?: string; causationId?: string } = {},
): Promise<{ issued: string[]; refused: RefusedMember[]; checkpoint: Checkpoint | null }> {
  const issued: string[] = [];
  const refused: RefusedMember[] = [];
  let checkpoint: Checkpoint | null = null;
  for (const taskId of taskIds) {
    const command: IssueTask = { type: 'IssueTask', data: { taskId } };
    const assign = () =>
      retryOnConflict(() => tasks.run(command, actor, { idempotencyKey: issueKeyOf(listId), ...trace }));
    try {
      let result;
      try {
        result = await assign();
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'TASK_NOT_DRAFT') throw error;
        const { state } = await tasks.load(taskId);
        if (state.status !== 'REMOVED') throw error;
        checkpoint = latestCheckpoint(
          checkpoint,
          await withdrawOvertakenRemoval(tasks, taskId, actor, trace),
        );
        result = await assign();
      }
      if (result.events.length > 0) issued.push(taskId);
      checkpoint = latestCheckpoint(checkpoint, result.checkpoint);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused.push({ taskId, error });
    }
  }
  return { issued, refused, checkpoint };
}
