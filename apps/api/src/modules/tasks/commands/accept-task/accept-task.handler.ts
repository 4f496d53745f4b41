import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { AcceptTask } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { AcceptTaskCommand } from './accept-task.command.js';

@CommandHandler(AcceptTaskCommand)
export class AcceptTaskHandler implements ICommandHandler<AcceptTaskCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, comment }: AcceptTaskCommand): Promise<TaskChange> {
    const command: AcceptTask = { type: 'AcceptTask', data: { taskId, comment: comment ?? null } };
    const result = await this.tasks.run(command, actor);
    return { taskId, checkpoint: result.checkpoint };
  }
}
