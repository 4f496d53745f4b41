import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ApproveExtension } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { ApproveExtensionCommand } from './approve-extension.command.js';

@CommandHandler(ApproveExtensionCommand)
export class ApproveExtensionHandler implements ICommandHandler<ApproveExtensionCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, comment }: ApproveExtensionCommand): Promise<TaskChange> {
    const command: ApproveExtension = {
      type: 'ApproveExtension',
      data: { taskId, comment: comment ?? null },
    };
    const result = await this.tasks.run(command, actor);
    return { taskId, checkpoint: result.checkpoint };
  }
}
