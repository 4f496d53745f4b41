import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { ReportChange } from '../report-change.js';

export class EditAnnualReportSectionCommand extends Command<ReportChange> {
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
