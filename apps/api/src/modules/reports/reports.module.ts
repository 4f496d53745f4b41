import { Module } from '@nestjs/common';
import { EditAnnualReportSectionHandler } from './commands/edit-annual-report-section/edit-annual-report-section.handler.js';
import { GenerateAnnualReportHandler } from './commands/generate-annual-report/generate-annual-report.handler.js';
import { ReportDownloadsController } from './exports/report-downloads.controller.js';
import { AnnualReportsResolver } from './graphql/annual-reports.resolver.js';
import { ReportLogReader } from './log/report-log-reader.js';
import { DiffAnnualReportHandler } from './queries/diff-annual-report/diff-annual-report.handler.js';
import { GetAnnualReportHandler } from './queries/get-annual-report/get-annual-report.handler.js';
import { GetFigureSourcesHandler } from './queries/get-figure-sources/get-figure-sources.handler.js';
import { ListAnnualReportVersionsHandler } from './queries/list-annual-report-versions/list-annual-report-versions.handler.js';

/** The annual report drafted from the log, its versions and sources, and the Word/Markdown/Excel exports. */
@Module({
  controllers: [ReportDownloadsController],
  providers: [
    ReportLogReader,
    GenerateAnnualReportHandler,
    EditAnnualReportSectionHandler,
    GetAnnualReportHandler,
    ListAnnualReportVersionsHandler,
    DiffAnnualReportHandler,
    GetFigureSourcesHandler,
    AnnualReportsResolver,
  ],
})
export class ReportsModule {}
