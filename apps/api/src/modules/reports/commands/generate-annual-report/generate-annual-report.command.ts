import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { ReportChange } from '../report-change.js';

export class GenerateAnnualReportCommand extends Command<ReportChange> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
    readonly taskListId: string | null,
    /** Read the log as it stood at this instant; now when null. */
    readonly asOf: string | null,
  ) {
    super();
  }
}
