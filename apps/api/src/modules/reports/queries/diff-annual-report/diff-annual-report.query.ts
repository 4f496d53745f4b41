import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { AnnualReportDiff } from '../../graphql/annual-report-diff.object.js';

export class DiffAnnualReportQuery extends Query<AnnualReportDiff> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
    readonly taskListId: string | null,
    readonly fromVersion: number,
    readonly toVersion: number,
  ) {
    super();
  }
}
