import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assertMayRunTaskCommand,
  assertMayRunTaskListCommand,
  decideTask,
  decideTaskList,
  invalidState,
  taskListDecider,
  taskListStream,
} from '@duban/domain';
import type { Actor, AddTaskToList, DraftTask, RemoveTask } from '@duban/domain';
import type { Checkpoint } from '@duban/event-store';
import { Clock } from '../../../../core/clock/clock.js';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { retryOnConflict } from '../../../../core/process-manager/retry-on-conflict.js';
import { assertUnitsAssignable } from '../assert-units-assignable.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { AddTaskCommand } from './add-task.command.js';

/** The reason recorded when an add loses its place on the list to an issue that ran in between. */
export const ADD_OVERTAKEN_REASON = '添加时清单已印发，未列入清单';

/**
 * Two appends (list membership, then the task) that must not leave a member without a task: every
 * check of both, the units included, runs as a dry run before the first append. Running the same add
 * again (same task id) finishes one cut short between the two. A member whose task was never drafted
 * is taken off the list when the list is issued (docs/adr/0005-two-stream-commands.md); an add still
 * between its appends at that moment sees it afterwards: it puts its task back on a list still in
 * draft, or withdraws the task and refuses with TASK_LIST_NOT_DRAFT when the list went out without it.
 */
@CommandHandler(AddTaskCommand)
export class AddTaskHandler implements ICommandHandler<AddTaskCommand> {
  constructor(
    private readonly tasks: TaskCommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, fields, options }: AddTaskCommand): Promise<TaskChange> {
    const runner: CommandRunner = this.tasks.runner;
    const taskId = fields.taskId?.trim() || randomUUID();
    const draft: DraftTask = {
      type: 'DraftTask',
      data: {
        taskId,
        listId: fields.listId,
        area: fields.area,
        title: fields.title,
        description: fields.description,
        leadUnitId: fields.leadUnitId,
        cooperatingUnitIds: fields.cooperatingUnitIds ?? [],
        deadline: fields.deadline,
        ...(fields.indicators ? { indicators: fields.indicators } : {}),
      },
    };
    const add: AddTaskToList = {
      type: 'AddTaskToList',
      data: {
        listId: fields.listId,
        taskId,
        area: typeof fields.area === 'string' ? fields.area.trim() : fields.area,
      },
    };
    const ctx = { actor, now: this.clock.now().toISOString() };
    const task = await this.tasks.load(taskId);
    assertMayRunTaskCommand(draft, task.state, actor);
    assertMayRunTaskListCommand(add, actor);
    const list = await runner.load(taskListStream(fields.listId), taskListDecider);
    const retry = options.idempotencyKey !== undefined && task.state.status !== 'NONE';
    if (!retry) {
      decideTaskList(add, list.state, ctx);
      decideTask(draft, task.state, ctx);
      await assertUnitsAssignable(runner, [
        fields.leadUnitId.trim(),
        ...(draft.data.cooperatingUnitIds ?? []).map((u) => u.trim()),
      ]);
    }
    const member = list.state.status !== 'NONE' && list.state.taskIds.includes(taskId);
    const listed = member
      ? { checkpoint: null }
      : await runner.run({
          streamId: taskListStream(fields.listId),
          decider: taskListDecider,
          command: add,
          actor,
          assertMayRun: (who) => assertMayRunTaskListCommand(add, who),
        });
    const drafted = await this.tasks.run(
      draft,
      actor,
      options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {},
    );
    const kept = await this.keepOnList(add, actor);
    return { taskId, checkpoint: latestCheckpoint(listed.checkpoint, drafted.checkpoint, kept) };
  }

  /**
   * After drafting, the task must still be a member of its list: an issue that ran between the two
   * appends took the not-yet-drafted member off. Back on the list while it is a draft; otherwise the
   * task is withdrawn (TaskRemoved) so no drafted task is left outside its list, and the add refused.
   */
  private async keepOnList(add: AddTaskToList, actor: Actor): Promise<Checkpoint | null> {
    const { listId, taskId } = add.data;
    const runner = this.tasks.runner;
    const list = await runner.load(taskListStream(listId), taskListDecider);
    if (list.state.status !== 'NONE' && list.state.taskIds.includes(taskId)) return null;
    const { state: task } = await this.tasks.load(taskId);
    if (task.status !== 'DRAFT') return null;
    if (list.state.status === 'DRAFT') {
      try {
        const relisted = await retryOnConflict(() =>
          runner.run({
            streamId: taskListStream(listId),
            decider: taskListDecider,
            command: add,
            actor,
            assertMayRun: (who) => assertMayRunTaskListCommand(add, who),
          }),
        );
        return relisted.checkpoint;
      } catch (error) {
        // Issued in the meantime (without the task, which was not a member): withdraw it below.
        if ((error as { code?: string }).code !== 'TASK_LIST_NOT_DRAFT') throw error;
      }
    }
    const withdraw: RemoveTask = { type: 'RemoveTask', data: { taskId, reason: ADD_OVERTAKEN_REASON } };
    await this.tasks.run(withdraw, actor);
    throw invalidState(
      'TASK_LIST_NOT_DRAFT',
      `task list ${listId} was issued while task ${taskId} was being added; the task was withdrawn`,
      { listId, taskId },
    );
  }
}
