import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { ReportRectificationProgressCommand } from './report-rectification-progress.command.js';

/** 进度: any number of reports while rectifying, each with a percentage and optional evidence. */
@CommandHandler(ReportRectificationProgressCommand)
export class ReportRectificationProgressHandler implements ICommandHandler<ReportRectificationProgressCommand> {
  constructor(private readonly findings: FindingCommandRunner) {}

  execute({ actor, input }: ReportRectificationProgressCommand): Promise<ChangeOutcome> {
    return this.findings.run({ type: 'ReportRectificationProgress', data: input }, actor);
  }
}
