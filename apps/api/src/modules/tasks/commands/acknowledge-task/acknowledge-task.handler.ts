import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { AcknowledgeTask } from '@duban/domain';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { AcknowledgeTaskCommand } from './acknowledge-task.command.js';

@CommandHandler(AcknowledgeTaskCommand)
export class AcknowledgeTaskHandler implements ICommandHandler<AcknowledgeTaskCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId }: AcknowledgeTaskCommand): Promise<TaskChange> {
    const command: AcknowledgeTask = {
      type: 'AcknowledgeTask',
      data: { taskId, unitId: actor.unitId ?? '' },
    };
    const result = await this.tasks.run(command, actor);
    return { taskId, checkpoint: result.checkpoint };
  }
}
