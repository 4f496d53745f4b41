import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { VerifyRectificationCommand } from './verify-rectification.command.js';

/** 验收销号: the team accepts the rectification and closes the finding. */
@CommandHandler(VerifyRectificationCommand)
export class VerifyRectificationHandler implements ICommandHandler<VerifyRectificationCommand> {
  constructor(private readonly findings: FindingCommandRunner) {}

  execute({ actor, input }: VerifyRectificationCommand): Promise<ChangeOutcome> {
    return this.findings.run({ type: 'VerifyRectification', data: input }, actor);
  }
}
