import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { RequestFindingClosureCommand } from './request-finding-closure.command.js';

/** 申请销号: the unit asks the team to verify; the domain refuses a request without evidence. */
@CommandHandler(RequestFindingClosureCommand)
export class RequestFindingClosureHandler implements ICommandHandler<RequestFindingClosureCommand> {
  constructor(private readonly findings: FindingCommandRunner) {}

  execute({ actor, input }: RequestFindingClosureCommand): Promise<ChangeOutcome> {
    return this.findings.run({ type: 'RequestFindingClosure', data: input }, actor);
  }
}
