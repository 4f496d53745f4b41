import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReturnTask } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { ReturnTaskCommand } from './return-task.command.js';

@CommandHandler(ReturnTaskCommand)
export class ReturnTaskHandler implements ICommandHandler<ReturnTaskCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, reason }: ReturnTaskCommand): Promise<TaskChange> {
    const command: ReturnTask = { type: 'ReturnTask', data: { taskId, reason } };
    const result = await this.tasks.run(command, actor);
    return { taskId, checkpoint: result.checkpoint };
  }
}
