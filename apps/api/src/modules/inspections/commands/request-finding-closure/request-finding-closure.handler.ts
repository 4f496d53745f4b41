import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { RequestFindingClosure } from '@duban/domain';
import { EvidenceAccess } from '../../../evidence/index/evidence-access.js';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { RequestFindingClosureCommand } from './request-finding-closure.command.js';

/** 申请销号: the unit asks the team to verify. The domain refuses a request without evidence; every file cited must be one the requester may download. */
@CommandHandler(RequestFindingClosureCommand)
export class RequestFindingClosureHandler implements ICommandHandler<RequestFindingClosureCommand> {
  constructor(
    private readonly findings: FindingCommandRunner,
    private readonly evidence: EvidenceAccess,
  ) {}

  execute({ actor, input }: RequestFindingClosureCommand): Promise<ChangeOutcome> {
    const command: RequestFindingClosure = { type: 'RequestFindingClosure', data: { ...input } };
    return this.findings.runChecked(command, actor, async () => {
      if (Array.isArray(input.evidence))
        command.data.evidence = await this.evidence.cite(actor, input.evidence);
    });
  }
}
