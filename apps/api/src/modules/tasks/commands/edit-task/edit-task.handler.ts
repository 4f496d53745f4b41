import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertAreaInList, taskListDecider, taskListStream } from '@duban/domain';
import type { EditTask } from '@duban/domain';
import { assertUnitsAssignable } from '../assert-units-assignable.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { EditTaskCommand } from './edit-task.command.js';

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

@CommandHandler(EditTaskCommand)
export class EditTaskHandler implements ICommandHandler<EditTaskCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, fields }: EditTaskCommand): Promise<TaskChange> {
    const command: EditTask = { type: 'EditTask', data: { ...fields } };
    const result = await this.tasks.runChecked(command, actor, async (task) => {
      if (task.status !== 'DRAFT') return;
      const area = trimmed(fields.area);
      if (typeof area === 'string' && area !== task.area) {
        const { state: list } = await this.tasks.runner.load(taskListStream(task.listId), taskListDecider);
        assertAreaInList(list, area);
      }
      const lead = trimmed(fields.leadUnitId);
      const units = [
        ...(typeof lead === 'string' && lead !== task.leadUnitId ? [lead] : []),
        ...(fields.cooperatingUnitIds ?? [])
          .map(trimmed)
          .filter(
            (unitId): unitId is string =>
              typeof unitId === 'string' && !task.cooperatingUnitIds.includes(unitId),
          ),
      ];
      await assertUnitsAssignable(this.tasks.runner, units);
    });
    return { taskId: fields.taskId, checkpoint: result.checkpoint };
  }
}
