import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { annualReportStream, assertMayReadReports, reportVersions } from '@duban/domain';
import type { AnnualReportEvent } from '@duban/domain';
import type { AnnualReportVersion } from '../../graphql/annual-report-version.object.js';
import { ReportLogReader } from '../../log/report-log-reader.js';
import { ListAnnualReportVersionsQuery } from './list-annual-report-versions.query.js';

/** Every version of a report, oldest first, with who made it; empty when it was never generated. */
@QueryHandler(ListAnnualReportVersionsQuery)
export class ListAnnualReportVersionsHandler implements IQueryHandler<ListAnnualReportVersionsQuery> {
  constructor(private readonly reader: ReportLogReader) {}

  async execute({ actor, year, taskListId }: ListAnnualReportVersionsQuery): Promise<AnnualReportVersion[]> {
    assertMayReadReports(actor);
    const recorded = await this.reader.readStream(annualReportStream(year, taskListId ?? undefined));
    const versions = reportVersions(
      recorded.map((event) => ({ type: event.type, data: event.data }) as AnnualReportEvent),
    );
    return versions.map((version, index) => {
      const event = recorded[index]!;
      return {
        version: version.version,
        eventId: event.id,
        type: version.type,
        sectionId: version.sectionId,
        heading: version.heading,
        actor: {
          userId: event.metadata.actor.userId,
          role: event.metadata.actor.role,
          unitId: event.metadata.actor.unitId ?? null,
        },
        at: version.at,
      };
    });
  }
}
