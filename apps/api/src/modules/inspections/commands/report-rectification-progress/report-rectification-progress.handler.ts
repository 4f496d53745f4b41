import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertEvidenceStored } from '../../../evidence/storage/assert-evidence-stored.js';
import { EvidenceFiles } from '../../../evidence/storage/evidence-files.js';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { ReportRectificationProgressCommand } from './report-rectification-progress.command.js';

/** 进度: any number of reports while rectifying, each with a percentage and optional evidence, which must have been uploaded. */
@CommandHandler(ReportRectificationProgressCommand)
export class ReportRectificationProgressHandler implements ICommandHandler<ReportRectificationProgressCommand> {
  constructor(
    private readonly findings: FindingCommandRunner,
    private readonly files: EvidenceFiles,
  ) {}

  execute({ actor, input }: ReportRectificationProgressCommand): Promise<ChangeOutcome> {
    return this.findings.runChecked({ type: 'ReportRectificationProgress', data: input }, actor, () =>
      assertEvidenceStored(this.files, input.evidence ?? []),
    );
  }
}
