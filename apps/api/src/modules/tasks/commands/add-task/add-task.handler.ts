import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assertMayRunTaskCommand,
  assertMayRunTaskListCommand,
  decideTask,
  decideTaskList,
  initialTaskState,
  invalidState,
  taskDecider,
  taskListDecider,
  taskListStream,
  taskStream,
} from '@duban/domain';
import type {
  Actor,
  AddTaskToList,
  DecisionContext,
  DraftTask,
  RemoveTask,
  TaskDrafted,
} from '@duban/domain';
import { canonicalJson } from '@duban/event-store';
import type { Checkpoint, RecordedEvent } from '@duban/event-store';
import { Clock } from '../../../../core/clock/clock.js';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { isConflict, retryOnConflict } from '../../../../core/process-manager/retry-on-conflict.js';
import { assertUnitsAssignable } from '../assert-units-assignable.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { AddTaskCommand } from './add-task.command.js';

/** The reason recorded when an add loses its place on the list to an issue that ran in between. */
export const ADD_OVERTAKEN_REASON = '添加时清单已印发，未列入清单';

/** What makes two adds under one task id the same add: everything its TaskDrafted records but the time. */
const DRAFTED_FIELDS = [
  'listId',
  'area',
  'title',
  'description',
  'leadUnitId',
  'cooperatingUnitIds',
  'deadline',
  'indicators',
] as const satisfies readonly (keyof TaskDrafted['data'])[];

/**
 * Two appends (list membership, then the task) that must not leave a member without a task: every
 * check of both, the units included, runs as a dry run before the first append. Running the same add
 * again (same task id, same content) finishes one cut short between the two, or answers with the task
 * it already added; the id of a different task is refused (TASK_ID_IN_USE). A member whose task was never drafted
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
    const task = await runner.load(taskStream(taskId), taskDecider);
    assertMayRunTaskCommand(draft, task.state, actor);
    assertMayRunTaskListCommand(add, actor);
    if (task.state.status !== 'NONE') return this.again(draft, add, task.recorded, ctx);
    const list = await runner.load(taskListStream(fields.listId), taskListDecider);
    decideTaskList(add, list.state, ctx);
    decideTask(draft, task.state, ctx);
    await assertUnitsAssignable(runner, [
      fields.leadUnitId.trim(),
      ...(draft.data.cooperatingUnitIds ?? []).map((u) => u.trim()),
    ]);
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
    let drafted: { checkpoint: Checkpoint | null };
    try {
      drafted = await this.tasks.run(
        draft,
        actor,
        options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {},
      );
    } catch (error) {
      // Drafted meanwhile under this id: by this same add sent again while the first was still running
      // (a client retrying after a timeout), which is answered as a retry, or by another add, refused.
      if (!isConflict(error) && (error as { code?: string }).code !== 'TASK_ALREADY_EXISTS') throw error;
      const now = await runner.load(taskStream(taskId), taskDecider);
      if (now.state.status === 'NONE') throw error;
      return this.again(draft, add, now.recorded, ctx, listed.checkpoint);
    }
    const kept = await this.keepOnList(add, actor);
    return { taskId, checkpoint: latestCheckpoint(listed.checkpoint, drafted.checkpoint, kept) };
  }

  /**
   * The id names a task already. When that task was drafted into this list with this very content,
   * this is the same add run again (a retry after a lost reply, or after a failure between the two
   * appends): it appends nothing more, except what the first run would have (its task put back on a
   * list still in draft, or withdrawn from one issued without it), and answers with the task as it
   * now is. Any other task under this id is refused with TASK_ID_IN_USE, before anything is written.
   */
  private async again(
    draft: DraftTask,
    add: AddTaskToList,
    recorded: readonly RecordedEvent[],
    ctx: DecisionContext,
    checkpoint: Checkpoint | null = null,
  ): Promise<TaskChange> {
    const { listId, taskId } = add.data;
    // The TaskDrafted this add would write, its input checked as for a first run.
    const [wanted] = decideTask(draft, initialTaskState(), ctx) as [TaskDrafted];
    const first = recorded.find((event) => event.type === 'TaskDrafted')?.data as
      TaskDrafted['data'] | undefined;
    const differing = DRAFTED_FIELDS.filter(
      (field) => !first || canonicalJson([first[field]]) !== canonicalJson([wanted.data[field]]),
    );
    if (differing.length > 0) {
      throw invalidState(
        'TASK_ID_IN_USE',
        `task id ${taskId} is already used by another task (${differing.join(', ')} differ${differing.length === 1 ? 's' : ''})`,
        { taskId, listId, differingFields: differing },
      );
    }
    const kept = await this.keepOnList(add, ctx.actor);
    const [{ state: list }, { state: task }] = await Promise.all([
      this.tasks.runner.load(taskListStream(listId), taskListDecider),
      this.tasks.load(taskId),
    ]);
    const member = list.status !== 'NONE' && list.taskIds.includes(taskId);
    // Withdrawn because the list was issued without it (the first run's answer), or removed and the
    // list issued since: either way the add did not make it onto the list.
    if (!member && list.status === 'ISSUED' && task.status === 'REMOVED') throw issuedWithout(listId, taskId);
    return { taskId, checkpoint: latestCheckpoint(checkpoint, kept) };
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
    throw issuedWithout(listId, taskId);
  }
}

/** What an add answers when its list was issued without its task. */
const issuedWithout = (listId: string, taskId: string) =>
  invalidState(
    'TASK_LIST_NOT_DRAFT',
    `task list ${listId} was issued while task ${taskId} was being added; the task was withdrawn`,
    { listId, taskId },
  );
