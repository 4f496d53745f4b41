import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { annualReportDecider, annualReportStream } from '@duban/domain';
import type { AnnualReportCommand } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import type { ReportChange } from '../report-change.js';
import { EditAnnualReportSectionCommand } from './edit-annual-report-section.command.js';

/** One section's new text, recorded as a new version; the old text stays in the stream. */
@CommandHandler(EditAnnualReportSectionCommand)
export class EditAnnualReportSectionHandler implements ICommandHandler<EditAnnualReportSectionCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute(input: EditAnnualReportSectionCommand): Promise<ReportChange> {
    const streamId = annualReportStream(input.year, input.taskListId ?? undefined);
    const command: AnnualReportCommand = {
      type: 'EditReportSection',
      data: { sectionId: input.sectionId, text: input.text, basedOnVersion: input.basedOnVersion },
    };
    const result = await this.runner.run({
      streamId,
      decider: annualReportDecider,
      command,
      actor: input.actor,
    });
    if (result.state.status === 'NONE') throw new Error(`report ${streamId} is empty after an edit`);
    return {
      year: input.year,
      taskListId: input.taskListId,
      version: result.state.version,
      checkpoint: result.checkpoint,
    };
  }
}
