import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { InspectionCommandRunner } from '../inspection-command.runner.js';
import { CloseInspectionCommand } from './close-inspection.command.js';

/** Ends fieldwork: no more findings or reviews. Rectification of the findings already logged goes on. */
@CommandHandler(CloseInspectionCommand)
export class CloseInspectionHandler implements ICommandHandler<CloseInspectionCommand> {
  constructor(private readonly inspections: InspectionCommandRunner) {}

  execute({ actor, input }: CloseInspectionCommand): Promise<ChangeOutcome> {
    return this.inspections.run({ type: 'CloseInspection', data: input }, actor);
  }
}
