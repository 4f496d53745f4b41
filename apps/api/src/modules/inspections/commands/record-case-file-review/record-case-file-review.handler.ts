import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { InspectionCommandRunner } from '../inspection-command.runner.js';
import { RecordCaseFileReviewCommand } from './record-case-file-review.command.js';

/** 案卷评查: one unit's reviewed files; a later record for the same unit replaces the earlier one. */
@CommandHandler(RecordCaseFileReviewCommand)
export class RecordCaseFileReviewHandler implements ICommandHandler<RecordCaseFileReviewCommand> {
  constructor(private readonly inspections: InspectionCommandRunner) {}

  execute({ actor, input }: RecordCaseFileReviewCommand): Promise<ChangeOutcome> {
    return this.inspections.run({ type: 'RecordCaseFileReview', data: input }, actor);
  }
}
