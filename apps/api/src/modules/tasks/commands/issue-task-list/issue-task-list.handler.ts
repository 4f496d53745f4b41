import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertMayRunTaskListCommand, invalidState, taskListDecider, taskListStream } from '@duban/domain';
import type { IssueTaskList } from '@duban/domain';
import { deterministicUuid } from '../../../../core/ids/deterministic-uuid.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import type { TaskListChange } from '../task-list-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { LIST_ISSUE_KEY, issueListedTasks } from './issue-listed-tasks.js';
import { IssueTaskListCommand } from './issue-task-list.command.js';

/**
 * Appends TaskListIssued, then assigns each task, every append keyed so that running the command
 * again (after a lost reply or a crash halfway) finishes the job instead of failing or doubling it.
 */
@CommandHandler(IssueTaskListCommand)
export class IssueTaskListHandler implements ICommandHandler<IssueTaskListCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, listId }: IssueTaskListCommand): Promise<TaskListChange> {
    const command: IssueTaskList = { type: 'IssueTaskList', data: { listId } };
    assertMayRunTaskListCommand(command, actor);
    const runner = this.tasks.runner;
    const { state: before } = await runner.load(taskListStream(listId), taskListDecider);
    if (before.status === 'DRAFT') await this.assertMembersDrafted(listId, before.taskIds);
    const listed = await runner.run({
      streamId: taskListStream(listId),
      decider: taskListDecider,
      command,
      actor,
      assertMayRun: (who) => assertMayRunTaskListCommand(command, who),
      idempotencyKey: LIST_ISSUE_KEY,
    });
    if (listed.state.status !== 'ISSUED') return { listId, checkpoint: listed.checkpoint };
    const { checkpoint } = await issueListedTasks(this.tasks, listId, listed.state.taskIds, actor, {
      causationId: deterministicUuid(taskListStream(listId), LIST_ISSUE_KEY, '0'),
    });
    return { listId, checkpoint: latestCheckpoint(listed.checkpoint, checkpoint) };
  }

  /** A member whose drafting was cut short has no task to assign; issuing would promise work that is not there. */
  private async assertMembersDrafted(listId: string, taskIds: readonly string[]): Promise<void> {
    for (const taskId of taskIds) {
      const { state } = await this.tasks.load(taskId);
      if (state.status !== 'DRAFT') {
        throw invalidState(
          'TASK_LIST_INCOMPLETE',
          `task ${taskId} of list ${listId} is ${state.status}, not drafted`,
          {
            listId,
            taskId,
            status: state.status,
          },
        );
      }
    }
  }
}
