import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { RejectExtension } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { RejectExtensionCommand } from './reject-extension.command.js';

@CommandHandler(RejectExtensionCommand)
export class RejectExtensionHandler implements ICommandHandler<RejectExtensionCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, reason }: RejectExtensionCommand): Promise<TaskChange> {
    const command: RejectExtension = { type: 'RejectExtension', data: { taskId, reason } };
    const result = await this.tasks.run(command, actor);
    return { taskId, checkpoint: result.checkpoint };
  }
}
