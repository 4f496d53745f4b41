import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CancelTask } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { CancelTaskCommand } from './cancel-task.command.js';

@CommandHandler(CancelTaskCommand)
export class CancelTaskHandler implements ICommandHandler<CancelTaskCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, reason }: CancelTaskCommand): Promise<TaskChange> {
    const command: CancelTask = { type: 'CancelTask', data: { taskId, reason } };
    const result = await this.tasks.run(command, actor);
    return { taskId, checkpoint: result.checkpoint };
  }
}
