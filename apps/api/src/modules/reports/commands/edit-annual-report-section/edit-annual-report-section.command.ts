import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { AnnualReport } from '../../graphql/annual-report.object.js';

export class EditAnnualReportSectionCommand extends Command<AnnualReport> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
    readonly taskListId: string | null,
    readonly sectionId: string,
    readonly text: string,
    readonly basedOnVersion: number | null,
  ) {
    super();
  }
}
