import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { AnnualReport } from '../../graphql/annual-report.object.js';

export class GetAnnualReportQuery extends Query<AnnualReport | null> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
    readonly taskListId: string | null,
    /** Null for the latest. */
    readonly version: number | null,
  ) {
    super();
  }
}
