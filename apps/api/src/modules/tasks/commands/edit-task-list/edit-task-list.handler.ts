import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assertMayRunTaskListCommand,
  invalidState,
  taskDecider,
  taskListDecider,
  taskListStream,
  taskStream,
} from '@duban/domain';
import type { EditTaskList } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import type { TaskListChange } from '../task-list-change.js';
import { EditTaskListCommand } from './edit-task-list.command.js';

@CommandHandler(EditTaskListCommand)
export class EditTaskListHandler implements ICommandHandler<EditTaskListCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ actor, fields }: EditTaskListCommand): Promise<TaskListChange> {
    const command: EditTaskList = { type: 'EditTaskList', data: { ...fields } };
    assertMayRunTaskListCommand(command, actor);
    if (fields.areas !== undefined) await this.assertAreasStillUsed(fields.listId, fields.areas);
    const result = await this.runner.run({
      streamId: taskListStream(fields.listId),
      decider: taskListDecider,
      command,
      actor,
      assertMayRun: (who) => assertMayRunTaskListCommand(command, who),
    });
    return { listId: fields.listId, checkpoint: result.checkpoint };
  }

  /** Dropping an area would strand the drafted tasks filed under it. */
  private async assertAreasStillUsed(listId: string, areas: string[]): Promise<void> {
    const { state } = await this.runner.load(taskListStream(listId), taskListDecider);
    if (state.status !== 'DRAFT') return;
    const kept = new Set(areas.map((area) => (typeof area === 'string' ? area.trim() : area)));
    for (const taskId of state.taskIds) {
      const { state: task } = await this.runner.load(taskStream(taskId), taskDecider);
      if (task.status !== 'NONE' && !kept.has(task.area)) {
        throw invalidState('AREA_IN_USE', `area ${task.area} still holds task ${task.title}`, {
          listId,
          area: task.area,
          taskId,
        });
      }
    }
  }
}
