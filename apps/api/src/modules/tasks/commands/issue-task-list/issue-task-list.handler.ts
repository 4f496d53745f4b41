import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DomainError,
  assertMayRunTaskListCommand,
  decideTaskList,
  invalidState,
  taskListDecider,
  taskListStream,
} from '@duban/domain';
import type { Actor, IssueTaskList, RemoveTaskFromList, TaskListState } from '@duban/domain';
import type { Checkpoint } from '@duban/event-store';
import { Clock } from '../../../../core/clock/clock.js';
import { deterministicUuid } from '../../../../core/ids/deterministic-uuid.js';
import { isConflict } from '../../../../core/process-manager/retry-on-conflict.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import type { TaskListChange } from '../task-list-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { LIST_ISSUE_KEY, issueListedTasks } from './issue-listed-tasks.js';
import { IssueTaskListCommand } from './issue-task-list.command.js';

/** How often the members are looked at again when the list keeps changing while it is issued. */
const ISSUE_ATTEMPTS = 5;

type ListRecord = Exclude<TaskListState, { status: 'NONE' }>;

/** The list is no longer the one whose members were checked (someone added, dropped or issued). */
const listChanged = (listId: string) =>
  new DomainError('CONFLICT', 'TASK_LIST_CHANGED', `task list ${listId} changed while it was being issued`, {
    listId,
  });

/** Refusals of a step that mean another writer moved the list under it: worth looking again. */
const MOVED_UNDER_US = new Set(['TASK_LIST_CHANGED', 'TASK_NOT_IN_LIST', 'TASK_LIST_NOT_DRAFT']);
const movedUnderUs = (error: unknown): boolean =>
  isConflict(error) || (error instanceof DomainError && MOVED_UNDER_US.has(error.code));

/**
 * Appends TaskListIssued, then assigns each task, every append keyed so that running the command
 * again (after a lost reply or a crash halfway) finishes the job instead of failing or doubling it.
 *
 * Before that, a member with no draft of this list to issue is taken off the list: a task never
 * drafted (an add cut short between its two appends: there is nothing to assign, and the person who
 * added it was told the add failed), a removed task (a removal cut short before its own
 * TaskRemovedFromList: the issue finishes it), or a task of another list. The list is issued only
 * with the members just checked; one added meanwhile makes the handler look again. A member removed
 * after that check and before TaskListIssued lost its removal to the issue: the removal is withdrawn
 * and the task assigned with the rest (docs/adr/0005-two-stream-commands.md).
 */
@CommandHandler(IssueTaskListCommand)
export class IssueTaskListHandler implements ICommandHandler<IssueTaskListCommand> {
  constructor(
    private readonly tasks: TaskCommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, listId }: IssueTaskListCommand): Promise<TaskListChange> {
    const command: IssueTaskList = { type: 'IssueTaskList', data: { listId } };
    assertMayRunTaskListCommand(command, actor);
    // One correlation for the members taken off and the issue itself, so the log shows why they went.
    const correlationId = randomUUID();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.issueOnce(command, actor, correlationId);
      } catch (error) {
        if (!movedUnderUs(error) || attempt >= ISSUE_ATTEMPTS) throw error;
      }
    }
  }

  private async issueOnce(
    command: IssueTaskList,
    actor: Actor,
    correlationId: string,
  ): Promise<TaskListChange> {
    const { listId } = command.data;
    const runner = this.tasks.runner;
    const { state: before } = await runner.load(taskListStream(listId), taskListDecider);
    let dropped: Checkpoint | null = null;
    let members: readonly string[] | null = null;
    if (before.status === 'DRAFT') {
      const { drafted, unissuable } = await this.checkMembers(before);
      // Refusals (no document number, nothing left to issue) come before anything is written.
      decideTaskList(
        command,
        { ...before, taskIds: drafted },
        { actor, now: this.clock.now().toISOString() },
      );
      dropped = await this.takeOff(listId, unissuable, actor, correlationId);
      members = drafted;
    }
    const listed = await runner.run({
      streamId: taskListStream(listId),
      decider: taskListDecider,
      command,
      actor,
      assertMayRun: (who, state) => {
        assertMayRunTaskListCommand(command, who);
        if (members && state.status === 'DRAFT' && !sameMembers(state.taskIds, members)) {
          throw listChanged(listId);
        }
      },
      idempotencyKey: LIST_ISSUE_KEY,
      correlationId,
    });
    if (listed.state.status !== 'ISSUED')
      return { listId, checkpoint: latestCheckpoint(dropped, listed.checkpoint) };
    const { refused, checkpoint } = await issueListedTasks(this.tasks, listId, listed.state.taskIds, actor, {
      correlationId,
      causationId: deterministicUuid(taskListStream(listId), LIST_ISSUE_KEY, '0'),
    });
    // The list is out and every other member assigned; what the domain refused is reported as it is.
    if (refused[0]) throw refused[0].error;
    return { listId, checkpoint: latestCheckpoint(dropped, listed.checkpoint, checkpoint) };
  }

  /**
   * Sorts the members by their task: drafts of this list are issued; a task never drafted, one
   * removed (a removal cut short between its two appends) or one of another list is taken off. Any
   * other state cannot occur on a list still in draft and is refused.
   */
  private async checkMembers(list: ListRecord): Promise<{ drafted: string[]; unissuable: string[] }> {
    const drafted: string[] = [];
    const unissuable: string[] = [];
    for (const taskId of list.taskIds) {
      const { state } = await this.tasks.load(taskId);
      if (state.status === 'NONE' || state.listId !== list.listId || state.status === 'REMOVED') {
        unissuable.push(taskId);
      } else if (state.status === 'DRAFT') drafted.push(taskId);
      else {
        throw invalidState(
          'TASK_LIST_INCOMPLETE',
          `task ${taskId} of list ${list.listId} is ${state.status}, not drafted`,
          { listId: list.listId, taskId, status: state.status },
        );
      }
    }
    return { drafted, unissuable };
  }

  /** TaskRemovedFromList for each, by the person issuing, in the correlation of the issue. */
  private async takeOff(
    listId: string,
    taskIds: readonly string[],
    actor: Actor,
    correlationId: string,
  ): Promise<Checkpoint | null> {
    let checkpoint: Checkpoint | null = null;
    for (const taskId of taskIds) {
      const unlist: RemoveTaskFromList = { type: 'RemoveTaskFromList', data: { listId, taskId } };
      const result = await this.tasks.runner
        .run({
          streamId: taskListStream(listId),
          decider: taskListDecider,
          command: unlist,
          actor,
          assertMayRun: (who) => assertMayRunTaskListCommand(unlist, who),
          correlationId,
        })
        .catch((error: unknown) => {
          // Dropped or issued by someone else meanwhile: the list is looked at again.
          throw movedUnderUs(error) ? listChanged(listId) : error;
        });
      checkpoint = latestCheckpoint(checkpoint, result.checkpoint);
    }
    return checkpoint;
  }
}

const sameMembers = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, index) => id === b[index]);
