import { Controller, Get, Headers, HttpException, HttpStatus, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  DISTRICT_UTC_OFFSET_MINUTES,
  DomainError,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  NOTICE_LABELS_ZH_CN,
  assertMayReadReports,
  buildDepartmentProgress,
  buildHandoffRecord,
  buildIndicatorLedger,
  buildRectificationLedger,
  buildTaskLedger,
  foldReportLog,
  renderReportMarkdown,
  validation,
  withFindingsFiltered,
  withTasksOfArea,
} from '@duban/domain';
import type { Actor, ErrorClass, FindingSeverity, ReportLog } from '@duban/domain';
import { RequestContextFactory } from '../../../core/auth/request-context.factory.js';
import { Clock } from '../../../core/clock/clock.js';
import { DISTRICT_INDICATOR_RULES } from '../config/district-indicator-rules.js';
import { DISTRICT_REPORT_ISSUERS } from '../config/district-report-issuers.js';
import { loadAnnualReport } from '../log/load-annual-report.js';
import { ReportLogReader } from '../log/report-log-reader.js';
import { renderAnnualReportDocx } from './render-annual-report-docx.js';
import {
  LEDGER_NAMES,
  renderHandoffRecord,
  renderIndicatorLedger,
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

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_MINUTE = 60_000;
/** Whether the year, month and day name a day that exists (2024-02-30 does not). */
const realDay = (year: string, month: string, day: string): boolean => {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
};
/**
 * The page's as-of time: an instant, or a day meaning the end of that day in the district (the
 * dashboard's date picker), so the file holds what the page showed.
 */
const parseAsOf = (value: string | undefined): Date | null => {
  if (value === undefined || value === '') return null;
  const day = DAY.exec(value);
  const instant = INSTANT.exec(value);
  let time = Number.NaN;
  if (day && realDay(day[1]!, day[2]!, day[3]!)) {
    const nextMidnight = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]) + 1);
    time = nextMidnight - DISTRICT_UTC_OFFSET_MINUTES * MS_PER_MINUTE - 1;
  } else if (instant && realDay(instant[1]!, instant[2]!, instant[3]!)) {
    time = Date.parse(value);
  }
  if (Number.isNaN(time))
    throw validation('VALIDATION', 'asOf: must be a date (YYYY-MM-DD) or an ISO instant', {
      field: 'asOf',
      value,
    });
  return new Date(time);
};
/** Each filter once: a parameter given twice is refused rather than half read. */
const singleValues = (raw: Record<string, unknown>): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries(raw).map(([field, value]) => {
      if (typeof value !== 'string')
        throw validation('VALIDATION', `${field}: must be given once`, { field, value: String(value) });
      return [field, value];
    }),
  );
const parseFlag = (field: string, value: string | undefined): boolean => {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw validation('VALIDATION', `${field}: must be true or false`, { field, value });
};
const parseOneOf = <T extends string>(field: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw validation('VALIDATION', `${field}: must be one of ${allowed.join(', ')}`, { field, value });
};
/** 20250212: the district calendar date of an instant, for file names. */
const districtDateStamp = (instant: string): string =>
  new Date(Date.parse(instant) + DISTRICT_UTC_OFFSET_MINUTES * MS_PER_MINUTE)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
const listScope = (log: ReportLog, taskListId: string | null): string => {
  if (taskListId === null) return '全部任务清单';
  const list = log.lists.find((candidate) => candidate.listId === taskListId);
  return list ? `《${list.title.replace(/^《|》$/g, '')}》` : taskListId;
};

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
    @Query('evidence') evidence: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const withEvidence = parseFlag('evidence', evidence);
      const report = await this.report(year, taskListId, version);
      const log = withEvidence ? foldReportLog(await this.reader.readLog()) : null;
      const body = await renderAnnualReportDocx(report, {
        issuers: DISTRICT_REPORT_ISSUERS,
        evidence: withEvidence,
        unitName: (unitId) => log?.unitName(unitId) ?? unitId,
      });
      return { body, type: DOCX, name: `${report.title}.docx` };
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
    @Query() raw: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const query = singleValues(raw);
      const { log, asOf, taskListId } = await this.scope(query);
      const area = query.area || null;
      const rows = buildTaskLedger(withTasksOfArea(log, area), {
        taskListId,
        asOf,
        catalogue: DISTRICT_INDICATOR_RULES,
      });
      const scope = [listScope(log, taskListId), area ? `领域：${area}` : ''].filter(Boolean).join('，');
      return this.ledger(LEDGER_NAMES.tasks, await renderTaskLedger(rows, { scope, asOf }), asOf);
    });
  }

  @Get('ledgers/indicators.xlsx')
  async indicatorLedger(
    @Query() raw: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const query = singleValues(raw);
      const { log, asOf, taskListId } = await this.scope(query);
      const area = query.area || null;
      const rows = buildIndicatorLedger(withTasksOfArea(log, area), {
        taskListId,
        catalogue: DISTRICT_INDICATOR_RULES,
      });
      const scope = [listScope(log, taskListId), area ? `领域：${area}` : ''].filter(Boolean).join('，');
      return this.ledger(LEDGER_NAMES.indicators, await renderIndicatorLedger(rows, { scope, asOf }), asOf);
    });
  }

  @Get('ledgers/handoffs.xlsx')
  async handoffRecord(
    @Query() raw: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const query = singleValues(raw);
      const { events, log, asOf, taskListId } = await this.scope(query);
      const rows = buildHandoffRecord(events, log, { taskListId });
      const scope = listScope(log, taskListId);
      return this.ledger(LEDGER_NAMES.handoffs, await renderHandoffRecord(rows, { scope, asOf }), asOf);
    });
  }

  @Get('ledgers/rectification.xlsx')
  async rectificationLedger(
    @Query() raw: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const query = singleValues(raw);
      const { log, asOf } = await this.scope(query);
      const filter = {
        inspectionId: query.inspectionId || null,
        unitId: query.unitId || null,
        statuses: query.status ? [parseOneOf('status', query.status, FINDING_STATUSES)] : null,
        severities: query.severity ? [parseOneOf('severity', query.severity, FINDING_SEVERITIES)] : null,
        overdue: parseFlag('overdue', query.overdue),
        escalated: parseFlag('escalated', query.escalated),
      };
      const rows = buildRectificationLedger(withFindingsFiltered(log, filter, asOf), { asOf });
      const inspection = log.inspections.find(
        (track) => track.state.status !== 'NONE' && track.state.inspectionId === filter.inspectionId,
      )?.state;
      const scope =
        [
          inspection && inspection.status !== 'NONE' ? `督察：${inspection.title}` : '',
          filter.unitId ? `单位：${log.unitName(filter.unitId)}` : '',
          filter.statuses
            ? `状态：${NOTICE_LABELS_ZH_CN.status[filter.statuses[0] as keyof typeof NOTICE_LABELS_ZH_CN.status]}`
            : '',
          filter.severities
            ? `严重程度：${NOTICE_LABELS_ZH_CN.severity[filter.severities[0] as FindingSeverity]}`
            : '',
          filter.overdue ? '仅逾期' : '',
          filter.escalated ? '仅挂牌督办' : '',
        ]
          .filter(Boolean)
          .join('，') || '全部问题';
      return this.ledger(
        LEDGER_NAMES.rectification,
        await renderRectificationLedger(rows, { scope, asOf }),
        asOf,
      );
    });
  }

  @Get('ledgers/progress.xlsx')
  async progressLedger(
    @Query() raw: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.serve(reply, authorization, async () => {
      const query = singleValues(raw);
      const { log, asOf, taskListId } = await this.scope(query);
      const rows = buildDepartmentProgress(log, { taskListId, asOf });
      const scope = listScope(log, taskListId);
      return this.ledger(LEDGER_NAMES.progress, await renderProgressLedger(rows, { scope, asOf }), asOf);
    });
  }

  /** The log as it stood at the page's as-of time (now when none), and the list the page shows. */
  private async scope(query: Record<string, string | undefined>) {
    const now = this.clock.now();
    const asked = parseAsOf(query.asOf);
    const at = asked && asked < now ? asked : now;
    const events = await this.reader.readLog(at);
    return {
      events,
      log: foldReportLog(events),
      asOf: at.toISOString(),
      taskListId: query.taskListId || null,
    };
  }

  /** A ledger file named after the ledger and the district date it stands at. */
  private ledger(name: string, body: Buffer, asOf: string) {
    return { body, type: XLSX, name: `${name}_${districtDateStamp(asOf)}.xlsx` };
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
