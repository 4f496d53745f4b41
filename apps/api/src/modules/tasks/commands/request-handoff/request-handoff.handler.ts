import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { RequestHandoff } from '@duban/domain';
import { assertUnitsAssignable } from '../assert-units-assignable.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { RequestHandoffCommand } from './request-handoff.command.js';

@CommandHandler(RequestHandoffCommand)
export class RequestHandoffHandler implements ICommandHandler<RequestHandoffCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, toUnitId, reason }: RequestHandoffCommand): Promise<TaskChange> {
    const command: RequestHandoff = { type: 'RequestHandoff', data: { taskId, toUnitId, reason } };
    const result = await this.tasks.runChecked(command, actor, () =>
      assertUnitsAssignable(this.tasks.runner, [toUnitId.trim()]),
    );
    return { taskId, checkpoint: result.checkpoint };
  }
}
