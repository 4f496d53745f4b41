import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ApproveHandoff } from '@duban/domain';
import { assertUnitsAssignable } from '../assert-units-assignable.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { ApproveHandoffCommand } from './approve-handoff.command.js';

@CommandHandler(ApproveHandoffCommand)
export class ApproveHandoffHandler implements ICommandHandler<ApproveHandoffCommand> {
  constructor(private readonly tasks: TaskCommandRunner) {}

  async execute({ actor, taskId, comment }: ApproveHandoffCommand): Promise<TaskChange> {
    const command: ApproveHandoff = { type: 'ApproveHandoff', data: { taskId, comment } };
    // The receiving unit may have been retired while the request waited.
    const result = await this.tasks.runChecked(command, actor, (task) =>
      task.handoff ? assertUnitsAssignable(this.tasks.runner, [task.handoff.toUnitId]) : Promise.resolve(),
    );
    return { taskId, checkpoint: result.checkpoint };
  }
}
