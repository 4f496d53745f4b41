import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assertMayReadReports } from '@duban/domain';
import type { AnnualReport } from '../../graphql/annual-report.object.js';
import { toAnnualReportObject } from '../../graphql/to-annual-report-object.js';
import { loadAnnualReport } from '../../log/load-annual-report.js';
import { ReportLogReader } from '../../log/report-log-reader.js';
import { GetAnnualReportQuery } from './get-annual-report.query.js';

/** The report at a version (the latest by default), or null when it has never been generated. */
@QueryHandler(GetAnnualReportQuery)
export class GetAnnualReportHandler implements IQueryHandler<GetAnnualReportQuery> {
  constructor(private readonly reader: ReportLogReader) {}

  async execute({ actor, year, taskListId, version }: GetAnnualReportQuery): Promise<AnnualReport | null> {
    assertMayReadReports(actor);
    const loaded = await loadAnnualReport(this.reader, year, taskListId, version);
    return loaded ? toAnnualReportObject(loaded.streamId, loaded.report, loaded.events.length) : null;
  }
}
