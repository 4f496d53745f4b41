import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { AnnualReportVersion } from '../../graphql/annual-report-version.object.js';

export class ListAnnualReportVersionsQuery extends Query<AnnualReportVersion[]> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
    readonly taskListId: string | null,
  ) {
    super();
  }
}
