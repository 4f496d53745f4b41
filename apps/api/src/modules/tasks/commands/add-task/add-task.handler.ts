import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assertMayRunTaskCommand,
  assertMayRunTaskListCommand,
  decideTask,
  decideTaskList,
  taskListDecider,
  taskListStream,
} from '@duban/domain';
import type { AddTaskToList, DraftTask } from '@duban/domain';
import { Clock } from '../../../../core/clock/clock.js';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { assertUnitsAssignable } from '../assert-units-assignable.js';
import { latestCheckpoint } from '../latest-checkpoint.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { AddTaskCommand } from './add-task.command.js';

/**
 * Two appends (list membership, then the task) that must not leave a member without a task: every
 * check of both, the units included, runs as a dry run before the first append. A crash between the
 * two is caught by issuing, which refuses a list whose members are not all drafted.
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
    return { taskId, checkpoint: latestCheckpoint(listed.checkpoint, drafted.checkpoint) };
  }
}
