import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportRectificationProgress } from '@duban/domain';
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
    const command: ReportRectificationProgress = { type: 'ReportRectificationProgress', data: { ...input } };
    return this.findings.runChecked(command, actor, async () => {
      if (Array.isArray(input.evidence))
        command.data.evidence = await this.evidence.cite(actor, input.evidence);
    });
  }
}
