import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { UrgeTask } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { UrgeTaskCommand } from './urge-task.command.js';

@CommandHandler(UrgeTaskCommand)
export class UrgeTaskHandler implements ICommandHandler<UrgeTaskCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, fields, options }: UrgeTaskCommand): Promise<TaskChange> {
    const command: UrgeTask = {
      type: 'UrgeTask',
      data: { taskId: fields.taskId, message: fields.message ?? null, threshold: fields.threshold ?? null },
    };
    const result = await this.tasks.run(command, actor, options);
    return { taskId: fields.taskId, checkpoint: result.checkpoint };
  }
}
