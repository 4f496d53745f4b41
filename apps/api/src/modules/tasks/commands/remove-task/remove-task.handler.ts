import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assertMayRunTaskCommand,
  assertMayRunTaskListCommand,
  decideTaskList,
  taskListDecider,
  taskListStream,
} from '@duban/domain';
import type { Actor, RemoveTask, RemoveTaskFromList } from '@duban/domain';
import type { Checkpoint } from '@duban/event-store';
import { Clock } from '../../../../core/clock/clock.js';
import { retryOnConflict } from '../../../../core/process-manager/retry-on-conflict.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { RemoveTaskCommand } from './remove-task.command.js';
import { removalOvertaken, withdrawOvertakenRemoval } from './withdraw-overtaken-removal.js';

/**
 * The task first, then its list membership. A removal cut short between the two is finished by
 * running it again (a removed task that is still a member is only taken off the list) or by issuing
 * the list, which takes removed members off. An issue that checked the task drafted and issued the
 * list with it while the removal was between its appends wins: the removal withdraws itself
 * (TaskRemovalWithdrawn), so the task is assigned with the list, and is refused with
 * TASK_LIST_NOT_DRAFT (docs/adr/0005-two-stream-commands.md).
 */
@CommandHandler(RemoveTaskCommand)
export class RemoveTaskHandler implements ICommandHandler<RemoveTaskCommand> {
  constructor(
    private readonly tasks: TaskCommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, taskId, reason }: RemoveTaskCommand): Promise<TaskChange> {
    const remove: RemoveTask = { type: 'RemoveTask', data: { taskId, reason } };
    const { state: task } = await this.tasks.load(taskId);
    assertMayRunTaskCommand(remove, task, actor);
    // One correlation for the removal's appends, and for its withdrawal if an issue overtakes it.
    const trace = { correlationId: randomUUID() };
    if (task.status === 'NONE') {
      await this.tasks.run(remove, actor, trace);
      return { taskId, checkpoint: null };
    }
    const unlist: RemoveTaskFromList = { type: 'RemoveTaskFromList', data: { listId: task.listId, taskId } };
    assertMayRunTaskListCommand(unlist, actor);
    const list = await this.tasks.runner.load(taskListStream(task.listId), taskListDecider);
    const member = list.state.status !== 'NONE' && list.state.taskIds.includes(taskId);
    if (member && list.state.status === 'ISSUED' && task.status === 'REMOVED') {
      // A removal overtaken by the issue that stopped before its read-back: settle it now.
      await withdrawOvertakenRemoval(this.tasks, taskId, actor, trace);
      throw removalOvertaken(task.listId, taskId);
    }
    if (member) decideTaskList(unlist, list.state, { actor, now: this.clock.now().toISOString() });
    const removed = task.status === 'REMOVED' && member ? null : await this.tasks.run(remove, actor, trace);
    const unlisted = member ? await this.unlist(unlist, actor, trace) : null;
    return { taskId, checkpoint: latestCheckpoint(removed?.checkpoint, unlisted?.checkpoint) };
  }

  /**
   * The second append. An issue that ran in between finds the task removed and takes it off the list
   * itself, so a refusal because the task is no longer a member (or the list went out without it)
   * means the removal is complete. A list issued in between with the task still a member means the
   * issue won: the removal is withdrawn and refused. A list moved under the append is looked at again.
   */
  private async unlist(
    unlist: RemoveTaskFromList,
    actor: Actor,
    trace: { correlationId: string },
  ): Promise<{ checkpoint: Checkpoint | null }> {
    const { listId, taskId } = unlist.data;
    try {
      return await retryOnConflict(() =>
        this.tasks.runner.run({
          streamId: taskListStream(listId),
          decider: taskListDecider,
          command: unlist,
          actor,
          assertMayRun: (who) => assertMayRunTaskListCommand(unlist, who),
          ...trace,
        }),
      );
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'TASK_NOT_IN_LIST' && code !== 'TASK_LIST_NOT_DRAFT') throw error;
      const { state: list } = await this.tasks.runner.load(taskListStream(listId), taskListDecider);
      if (list.status === 'NONE' || !list.taskIds.includes(taskId)) return { checkpoint: null };
      if (list.status !== 'ISSUED') throw error;
      await withdrawOvertakenRemoval(this.tasks, taskId, actor, trace);
      throw removalOvertaken(listId, taskId);
    }
  }
}
