import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG } from '../../../../core/config/config.token.js';
import type { AppConfig } from '../../../../core/config/app-config.js';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { pageOf, pageWindow } from '../../../read-model/paging.js';
import { readAccess } from '../../../read-model/read-access.js';
import { ReadViews } from '../../../read-model/read-views.js';
import { TaskSortField } from '../../graphql/task-sort.input.js';
import type { TaskPage } from '../../graphql/task-page.object.js';
import type { TaskRow } from '../../projections/task-row.js';
import { TASKS_TABLE } from '../../projections/tasks.table.js';
import { taskOverdueSql } from '../overdue-sql.js';
import { toTaskObject } from '../to-task-object.js';
import { ListTasksQuery } from './list-tasks.query.js';

const ORDER: Record<TaskSortField, string> = {
  [TaskSortField.DEADLINE]: 'deadline',
  [TaskSortField.TITLE]: 'title',
  [TaskSortField.UPDATED_AT]: 'updated_at',
  [TaskSortField.STATUS]: 'status',
  [TaskSortField.AREA]: 'area',
};

/** Tasks filtered, sorted and paged in the database, over the indexed columns of the tasks table. */
@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ actor, filter, sort, page }: ListTasksQuery): Promise<TaskPage> {
    readAccess.mayReadDistrict(actor);
    const window = pageWindow(page, this.config.maxPageSize);
    const view = await this.views.current();
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter?.taskListId) where.push(`list_id = ${param(filter.taskListId)}`);
    if (filter?.area) where.push(`area = ${param(filter.area)}`);
    if (filter?.statuses?.length) where.push(`status = any(${param(filter.statuses)}::text[])`);
    if (filter?.unitId) where.push(`unit_ids @> array[${param(filter.unitId)}::text]`);
    if (filter?.leadUnitId) where.push(`lead_unit_id = ${param(filter.leadUnitId)}`);
    if (filter?.search) where.push(`strpos(lower(title), lower(${param(filter.search)})) > 0`);
    if (filter?.overdue !== null && filter?.overdue !== undefined) {
      const overdue = taskOverdueSql(param(view.at.toISOString()));
      where.push(filter.overdue ? overdue : `not ${overdue}`);
    }
    const condition = where.length > 0 ? where.join(' and ') : 'true';
    const order = `${ORDER[sort?.field ?? TaskSortField.DEADLINE]} ${sort?.direction === 'DESC' ? 'desc' : 'asc'}, task_id`;
    const table = this.tables.name(TASKS_TABLE);
    const [{ rows: counted }, { rows }] = await Promise.all([
      this.tables.db.sql.query<{ n: number }>(
        `select count(*)::int as n from ${table} where ${condition}`,
        params,
      ),
      this.tables.db.sql.query<{ doc: TaskRow }>(
        `select doc from ${table} where ${condition} order by ${order} limit ${window.limit} offset ${window.offset}`,
        params,
      ),
    ]);
    return pageOf(
      rows.map((r) => toTaskObject(r.doc, view)),
      counted[0]?.n ?? 0,
      window,
    );
  }
}
