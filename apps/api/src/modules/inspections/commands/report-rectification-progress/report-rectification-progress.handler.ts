import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvidenceAccess } from '../../../evidence/index/evidence-access.js';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { ReportRectificationProgressCommand } from './report-rectification-progress.command.js';

/** 进度: any number of reports while rectifying, each with a percentage and optional evidence the reporter may download (`EvidenceAccess`). */
@CommandHandler(ReportRectificationProgressCommand)
export class ReportRectificationProgressHandler implements ICommandHandler<ReportRectificationProgressCommand> {
  constructor(
    private readonly findings: FindingCommandRunner,
    private readonly evidence: EvidenceAccess,
  ) {}

  execute({ actor, input }: ReportRectificationProgressCommand): Promise<ChangeOutcome> {
    return this.findings.runChecked({ type: 'ReportRectificationProgress', data: input }, actor, () =>
      this.evidence.assertMayCite(actor, input.evidence ?? []),
    );
  }
}
