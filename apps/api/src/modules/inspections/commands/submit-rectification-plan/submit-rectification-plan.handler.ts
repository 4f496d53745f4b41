import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { SubmitRectificationPlanCommand } from './submit-rectification-plan.command.js';

/** 整改方案: the unit's officer commits to measures and a date; the finding moves to rectifying. */
@CommandHandler(SubmitRectificationPlanCommand)
export class SubmitRectificationPlanHandler implements ICommandHandler<SubmitRectificationPlanCommand> {
  constructor(private readonly findings: FindingCommandRunner) {}

  execute({ actor, input }: SubmitRectificationPlanCommand): Promise<ChangeOutcome> {
    return this.findings.run({ type: 'SubmitRectificationPlan', data: input }, actor);
  }
}
