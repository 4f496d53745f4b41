import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assertMayReadReports, diffReports, notFound, reportAtVersion } from '@duban/domain';
import type { AnnualReportDiff } from '../../graphql/annual-report-diff.object.js';
import { ReportChangeEnum, ReportFigureStatusEnum, TextSegmentOpEnum } from '../../graphql/report-enums.js';
import { loadAnnualReport } from '../../log/load-annual-report.js';
import { ReportLogReader } from '../../log/report-log-reader.js';
import { DiffAnnualReportQuery } from './diff-annual-report.query.js';

/** What changed from one version of a report to another: section texts and figures. */
@QueryHandler(DiffAnnualReportQuery)
export class DiffAnnualReportHandler implements IQueryHandler<DiffAnnualReportQuery> {
  constructor(private readonly reader: ReportLogReader) {}

  async execute({
    actor,
    year,
    taskListId,
    fromVersion,
    toVersion,
  }: DiffAnnualReportQuery): Promise<AnnualReportDiff> {
    assertMayReadReports(actor);
    const loaded = await loadAnnualReport(this.reader, year, taskListId);
    if (!loaded) throw notFound('REPORT_NOT_FOUND', 'the report has not been generated yet', { year });
    const diff = diffReports(
      reportAtVersion(loaded.events, fromVersion),
      reportAtVersion(loaded.events, toVersion),
    );
    return {
      fromVersion: diff.fromVersion,
      toVersion: diff.toVersion,
      sections: diff.sections.map((section) => ({
        ...section,
        change: ReportChangeEnum[section.change],
        segments: section.segments.map((segment) => ({
          op: TextSegmentOpEnum[segment.op],
          text: segment.text,
        })),
      })),
      figures: diff.figures.map((figure) => ({
        key: figure.figureId,
        label: figure.label,
        change: ReportChangeEnum[figure.change],
        before: figure.before
          ? { value: figure.before.value, status: ReportFigureStatusEnum[figure.before.status] }
          : null,
        after: figure.after
          ? { value: figure.after.value, status: ReportFigureStatusEnum[figure.after.status] }
          : null,
      })),
    };
  }
}
