import { Controller, Get, Headers, HttpException, HttpStatus, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  DomainError,
  assertMayReadReports,
  buildDepartmentProgress,
  buildRectificationLedger,
  buildTaskLedger,
  foldReportLog,
  renderReportMarkdown,
  validation,
} from '@duban/domain';
import type { Actor, ErrorClass } from '@duban/domain';
import { RequestContextFactory } from '../../../core/auth/request-context.factory.js';
import { Clock } from '../../../core/clock/clock.js';
import { DISTRICT_INDICATOR_RULES } from '../config/district-indicator-rules.js';
import { loadAnnualReport } from '../log/load-annual-report.js';
import { ReportLogReader } from '../log/report-log-reader.js';
import { renderAnnualReportDocx } from './render-annual-report-docx.js';
import {
  renderProgressLedger,
  renderRectificationLedger,
  renderTaskLedger,
} from './render-ledger-workbooks.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS_OF: Record<ErrorClass, HttpStatus> = {
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  VALIDATION: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  INVALID_STATE: HttpStatus.CONFLICT,
};

const refuse = (status: HttpStatus, code: string, reason: string, message: string) =>
  new HttpException({ code, reason, message }, status);

/** Domain refusals as HTTP answers with the same code and reason GraphQL clients see. */
const asHttp = (error: unknown): unknown =>
  error instanceof DomainError
    ? refuse(STATUS_OF[error.errorClass], error.errorClass, error.code, error.message)
    : error;

const YEAR = /^\d{4}$/;
const parseYear = (value: string): number => {
  if (!YEAR.test(value))
    throw validation('VALIDATION', 'year: must be four digits', { field: 'year', value });
  return Number(value);
};
const parseVersion = (value: string | undefined): number | null => {
  if (value === undefined || value === '') return null;
  if (!/^\d+$/.test(value))
    throw validation('VALIDATION', 'version: must be a number', { field: 'version', value });
  return Number(value);
};

/**
 * Downloads of the annual report (Word, Markdown) and the ledgers (Excel). The GraphQL guard does not
 * cover plain HTTP routes, so the bearer token is checked here, and the report's read rule applies:
 * the office, leaders and administrators; a unit officer is refused.
 */
@Controller()
export class ReportDownloadsController {
  constructor(
    private readonly contexts: RequestContextFactory,
    private readonly reader: ReportLogReader,
    private readonly clock: Clock,
  ) {}

  @Get('reports/:year/annual.docx')
  async annualDocx(
    @Param('year') year: string,
    @Query('taskListId') taskListId: string | undefined,
    @Query('version') version: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const report = await this.report(year, taskListId, version);
      return { body: await renderAnnualReportDocx(report), type: DOCX, name: `${report.title}.docx` };
    });
  }

  @Get('reports/:year/annual.md')
  async annualMarkdown(
    @Param('year') year: string,
    @Query('taskListId') taskListId: string | undefined,
    @Query('version') version: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const report = await this.report(year, taskListId, version);
      return {
        body: renderReportMarkdown(report),
        type: 'text/markdown; charset=utf-8',
        name: `${report.title}.md`,
      };
    });
  }

  @Get('ledgers/tasks.xlsx')
  async tasksLedger(
    @Query('taskListId') taskListId: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const log = foldReportLog(await this.reader.readLog());
      const rows = buildTaskLedger(log, {
        taskListId: taskListId || null,
        asOf: this.clock.now().toISOString(),
        catalogue: DISTRICT_INDICATOR_RULES,
      });
      return { body: await renderTaskLedger(rows), type: XLSX, name: '任务台账.xlsx' };
    });
  }

  @Get('ledgers/rectification.xlsx')
  async rectificationLedger(
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const log = foldReportLog(await this.reader.readLog());
      const rows = buildRectificationLedger(log, { asOf: this.clock.now().toISOString() });
      return { body: await renderRectificationLedger(rows), type: XLSX, name: '整改台账.xlsx' };
    });
  }

  @Get('ledgers/progress.xlsx')
  async progressLedger(
    @Query('taskListId') taskListId: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const log = foldReportLog(await this.reader.readLog());
      const rows = buildDepartmentProgress(log, {
        taskListId: taskListId || null,
        asOf: this.clock.now().toISOString(),
      });
      return { body: await renderProgressLedger(rows), type: XLSX, name: '进度统计.xlsx' };
    });
  }

  private async report(year: string, taskListId: string | undefined, version: string | undefined) {
    const loaded = await loadAnnualReport(
      this.reader,
      parseYear(year),
      taskListId || null,
      parseVersion(version),
    );
    if (!loaded) {
      throw refuse(
        HttpStatus.NOT_FOUND,
        'NOT_FOUND',
        'REPORT_NOT_FOUND',
        'the report has not been generated yet',
      );
    }
    return loaded.report;
  }

  private async serve(
    reply: FastifyReply,
    authorization: string | undefined,
    produce: () => Promise<{ body: Buffer | string; type: string; name: string }>,
  ): Promise<void> {
    const actor = await this.authenticate(authorization);
    try {
      assertMayReadReports(actor);
      const file = await produce();
      const ascii = file.name.replace(/[^\x20-\x7e]/g, '_');
      await reply
        .header('content-type', file.type)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(file.body);
    } catch (error) {
      throw asHttp(error);
    }
  }

  private async authenticate(authorization: string | undefined): Promise<Actor> {
    const { actor, rejectedToken } = await this.contexts.fromAuthorization(authorization);
    if (!actor) {
      throw refuse(
        HttpStatus.UNAUTHORIZED,
        'UNAUTHENTICATED',
        rejectedToken ? 'TOKEN_INVALID' : 'UNAUTHENTICATED',
        'Authentication required',
      );
    }
    return actor;
  }
}
