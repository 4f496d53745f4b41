import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { ReturnRectificationCommand } from './return-rectification.command.js';

/** 退回: the team sends the rectification back with a reason; the unit goes on rectifying. */
@CommandHandler(ReturnRectificationCommand)
export class ReturnRectificationHandler implements ICommandHandler<ReturnRectificationCommand> {
  constructor(private readonly findings: FindingCommandRunner) {}

  execute({ actor, input }: ReturnRectificationCommand): Promise<ChangeOutcome> {
    return this.findings.run({ type: 'ReturnRectification', data: input }, actor);
  }
}
