import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { RequestExtension } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { RequestExtensionCommand } from './request-extension.command.js';

@CommandHandler(RequestExtensionCommand)
export class RequestExtensionHandler implements ICommandHandler<RequestExtensionCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, newDeadline, reason }: RequestExtensionCommand): Promise<TaskChange> {
    const command: RequestExtension = { type: 'RequestExtension', data: { taskId, newDeadline, reason } };
    const result = await this.tasks.run(command, actor);
    return { taskId, checkpoint: result.checkpoint };
  }
}
