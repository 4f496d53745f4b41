import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assertMayRunTaskCommand,
  assertMayRunTaskListCommand,
  decideTaskList,
  taskListDecider,
  taskListStream,
} from '@duban/domain';
import type { RemoveTask, RemoveTaskFromList } from '@duban/domain';
import { Clock } from '../../../../core/clock/clock.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { RemoveTaskCommand } from './remove-task.command.js';

/**
 * The task first, then its list membership. A removal cut short between the two is finished by
 * running it again: a removed task that is still a member is only taken off the list.
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
    if (task.status === 'NONE') {
      await this.tasks.run(remove, actor);
      return { taskId, checkpoint: null };
    }
    const unlist: RemoveTaskFromList = { type: 'RemoveTaskFromList', data: { listId: task.listId, taskId } };
    assertMayRunTaskListCommand(unlist, actor);
    const list = await this.tasks.runner.load(taskListStream(task.listId), taskListDecider);
    const member = list.state.status !== 'NONE' && list.state.taskIds.includes(taskId);
    if (member) decideTaskList(unlist, list.state, { actor, now: this.clock.now().toISOString() });
    const removed = task.status === 'REMOVED' && member ? null : await this.tasks.run(remove, actor);
    const unlisted = member
      ? await this.tasks.runner.run({
          streamId: taskListStream(task.listId),
          decider: taskListDecider,
          command: unlist,
          actor,
          assertMayRun: (who) => assertMayRunTaskListCommand(unlist, who),
        })
      : null;
    return { taskId, checkpoint: latestCheckpoint(removed?.checkpoint, unlisted?.checkpoint) };
  }
}
