import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertEvidenceStored } from '../../../evidence/storage/assert-evidence-stored.js';
import { EvidenceFiles } from '../../../evidence/storage/evidence-files.js';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { RequestFindingClosureCommand } from './request-finding-closure.command.js';

/** 申请销号: the unit asks the team to verify. The domain refuses a request without evidence; every file cited must have been uploaded. */
@CommandHandler(RequestFindingClosureCommand)
export class RequestFindingClosureHandler implements ICommandHandler<RequestFindingClosureCommand> {
  constructor(
    private readonly findings: FindingCommandRunner,
    private readonly files: EvidenceFiles,
  ) {}

  execute({ actor, input }: RequestFindingClosureCommand): Promise<ChangeOutcome> {
    return this.findings.runChecked({ type: 'RequestFindingClosure', data: input }, actor, () =>
      assertEvidenceStored(this.files, input.evidence ?? []),
    );
  }
}
