import { invalidState } from '@duban/domain';
import type { Actor, WithdrawTaskRemoval } from '@duban/domain';
import type { Checkpoint } from '@duban/event-store';
import { retryOnConflict } from '../../../../core/process-manager/retry-on-conflict.js';
import type { TaskCommandRunner, TaskRunOptions } from '../task-command.runner.js';

/** The reason recorded when a removal loses to the issue of its list. */
export const REMOVAL_OVERTAKEN_REASON = '删除时清单已印发，任务随清单交办';

/**
 * The list was issued naming the task after the task's TaskRemoved and before the removal reached
 * the list: the issue won. The task becomes a draft again (TaskRemovalWithdrawn), so it is assigned
 * with the rest of the list. The removal (on its read-back) and the issue or the process manager (on
 * assigning) may each get here first, or both at once: a task no longer removed needs nothing.
 * Returns the checkpoint of the withdrawal, null when there was nothing to withdraw.
 */
export async function withdrawOvertakenRemoval(
  tasks: TaskCommandRunner,
  taskId: string,
  actor: Actor,
  trace: Pick<TaskRunOptions, 'correlationId' | 'causationId'> = {},
): Promise<Checkpoint | null> {
  const withdraw: WithdrawTaskRemoval = {
    type: 'WithdrawTaskRemoval',
    data: { taskId, reason: REMOVAL_OVERTAKEN_REASON },
  };
  try {
    const result = await retryOnConflict(() => tasks.run(withdraw, actor, trace));
    return result.checkpoint;
  } catch (error) {
    // Withdrawn by the other side already (and perhaps assigned since).
    if ((error as { code?: string }).code === 'TASK_NOT_REMOVED') return null;
    throw error;
  }
}

/** What a removal answers when the list went out with its task: the answer it would have had a moment later. */
export const removalOvertaken = (listId: string, taskId: string) =>
  invalidState(
    'TASK_LIST_NOT_DRAFT',
    `task list ${listId} was issued with task ${taskId} while the task was being removed; the removal was withdrawn and the task is issued with the list`,
    { listId, taskId },
  );
