import { Inject } from '@nestjs/common';
import { calendarDateOf } from '@duban/domain';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG } from '../../../../core/config/config.token.js';
import type { AppConfig } from '../../../../core/config/app-config.js';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { INSPECTIONS_TABLE } from '../../../inspections/projections/inspections.table.js';
import { pageOf, pageWindow } from '../../../read-model/paging.js';
import { readAccess } from '../../../read-model/read-access.js';
import { ReadViews } from '../../../read-model/read-views.js';
import type { FindingPage } from '../../graphql/finding-page.object.js';
import type { FindingRow } from '../../projections/finding-row.js';
import { FINDINGS_TABLE } from '../../projections/findings.table.js';
import { toFindingObject } from '../to-finding-object.js';
import { ListFindingsQuery } from './list-findings.query.js';

@QueryHandler(ListFindingsQuery)
export class ListFindingsHandler implements IQueryHandler<ListFindingsQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ actor, filter, page }: ListFindingsQuery): Promise<FindingPage> {
    readAccess.mayReadDistrict(actor);
    const window = pageWindow(page, this.config.maxPageSize);
    const view = await this.views.current();
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (!readAccess.seesUnnotifiedFindings(actor)) where.push(`status <> 'LOGGED'`);
    if (filter?.inspectionId) where.push(`inspection_id = ${param(filter.inspectionId)}`);
    if (filter?.unitId) where.push(`unit_id = ${param(filter.unitId)}`);
    if (filter?.statuses?.length) where.push(`status = any(${param(filter.statuses)}::text[])`);
    if (filter?.severities?.length) where.push(`severity = any(${param(filter.severities)}::text[])`);
    if (typeof filter?.escalated === 'boolean') where.push(`escalated = ${param(filter.escalated)}`);
    if (typeof filter?.overdue === 'boolean') {
      // isFindingOverdue: not closed and today's date in the district is after the deadline day.
      const overdue = `(status <> 'CLOSED' and ${param(calendarDateOf(view.nowIso))}::date > rectification_deadline)`;
      where.push(filter.overdue ? overdue : `not ${overdue}`);
    }
    const condition = where.length > 0 ? where.join(' and ') : 'true';
    const table = this.tables.name(FINDINGS_TABLE);
    const [{ rows: counted }, { rows }] = await Promise.all([
      this.tables.db.sql.query<{ n: number }>(
        `select count(*)::int as n from ${table} where ${condition}`,
        params,
      ),
      this.tables.db.sql.query<{ doc: FindingRow }>(
        `select doc from ${table} where ${condition} order by rectification_deadline, finding_id limit ${window.limit} offset ${window.offset}`,
        params,
      ),
    ]);
    const inspectionIds = [...new Set(rows.map((r) => r.doc.inspectionId))];
    const inspections = inspectionIds.length
      ? await this.tables.docs(INSPECTIONS_TABLE, 'inspection_id = any($1::text[])', [inspectionIds])
      : [];
    const titles = new Map(inspections.map((i) => [i.inspectionId, i.title]));
    return pageOf(
      rows.map((r) => toFindingObject(r.doc, view, titles.get(r.doc.inspectionId) ?? null)),
      counted[0]?.n ?? 0,
      window,
    );
  }
}
