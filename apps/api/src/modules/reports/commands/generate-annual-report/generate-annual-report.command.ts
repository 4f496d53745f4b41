import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { AnnualReport } from '../../graphql/annual-report.object.js';

export class GenerateAnnualReportCommand extends Command<AnnualReport> {
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
