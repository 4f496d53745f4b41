import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG } from '../../../../core/config/config.token.js';
import type { AppConfig } from '../../../../core/config/app-config.js';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { pageOf, pageWindow } from '../../../read-model/paging.js';
import { readAccess } from '../../../read-model/read-access.js';
import { ReadViews } from '../../../read-model/read-views.js';
import type { InspectionPage } from '../../graphql/inspection-page.object.js';
import type { InspectionRow } from '../../projections/inspection-row.js';
import { INSPECTIONS_TABLE } from '../../projections/inspections.table.js';
import { toInspectionObject } from '../to-inspection-object.js';
import { ListInspectionsQuery } from './list-inspections.query.js';

@QueryHandler(ListInspectionsQuery)
export class ListInspectionsHandler implements IQueryHandler<ListInspectionsQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ actor, page }: ListInspectionsQuery): Promise<InspectionPage> {
    readAccess.mayReadDistrict(actor);
    const window = pageWindow(page, this.config.maxPageSize);
    const table = this.tables.name(INSPECTIONS_TABLE);
    const [{ rows: counted }, { rows }] = await Promise.all([
      this.tables.db.sql.query<{ n: number }>(`select count(*)::int as n from ${table}`),
      this.tables.db.sql.query<{ doc: InspectionRow }>(
        `select doc from ${table} order by opened_at desc, inspection_id limit ${window.limit} offset ${window.offset}`,
      ),
    ]);
    const view = await this.views.current();
    return pageOf(
      rows.map((r) => toInspectionObject(r.doc, view)),
      counted[0]?.n ?? 0,
      window,
    );
  }
}
