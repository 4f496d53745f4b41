import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { RejectHandoff } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { RejectHandoffCommand } from './reject-handoff.command.js';

@CommandHandler(RejectHandoffCommand)
export class RejectHandoffHandler implements ICommandHandler<RejectHandoffCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, reason }: RejectHandoffCommand): Promise<TaskChange> {
    const command: RejectHandoff = { type: 'RejectHandoff', data: { taskId, reason } };
    const result = await this.tasks.run(command, actor);
    return { taskId, checkpoint: result.checkpoint };
  }
}
