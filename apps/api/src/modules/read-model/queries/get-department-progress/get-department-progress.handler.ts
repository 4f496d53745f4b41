import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@duban/domain';
import { checkpointCodec } from '@duban/event-store';
import { Projector } from '../../../../core/projection/projector.js';
import { READ_DATABASE } from '../../../../core/projection/read-database.js';
import type { ReadDatabase } from '../../../../core/projection/read-database.js';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { AsOfReplay } from '../../as-of-replay.js';
import type { DepartmentProgress } from '../../graphql/department-progress.object.js';
import { computeProgress } from '../../progress/compute-progress.js';
import { foldedProgressRows, loadProgressRows } from '../../progress/progress-rows.js';
import type { ProgressRows } from '../../progress/progress-rows.js';
import { readAccess } from '../../read-access.js';
import type { ReadView } from '../../read-view.js';
import { ReadViews } from '../../read-views.js';
import { GetDepartmentProgressQuery } from './get-department-progress.query.js';

/** Projections whose rows the figures come from: the cache key carries their checkpoints. */
const SOURCES = ['tasks', 'findings', 'units', 'task-lists'];
const CACHE_ENTRIES = 200;

/**
 * Live figures come from the read tables and are cached: an answer changes only when one of its
 * source projections commits or the district's date changes (overdue and traffic lights turn at
 * midnight district time), so the key is the list, the area, the date and the source checkpoints.
 * As-of figures replay the log through the same folds and the same computation.
 */
@QueryHandler(GetDepartmentProgressQuery)
export class GetDepartmentProgressHandler implements IQueryHandler<GetDepartmentProgressQuery> {
  private readonly cache = new Map<string, DepartmentProgress>();

  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
    private readonly replay: AsOfReplay,
    private readonly projector: Projector,
    @Inject(READ_DATABASE) private readonly db: ReadDatabase,
  ) {}

  async execute({ actor, taskListId, area, asOf }: GetDepartmentProgressQuery): Promise<DepartmentProgress> {
    readAccess.mayReadDistrict(actor);
    if (asOf) {
      const folded = await this.replay.all(asOf);
      const rows = foldedProgressRows(folded, taskListId, area);
      if (!rows) throw this.missing(taskListId);
      return this.answer(rows, this.views.asOf(asOf, folded), area);
    }
    const view = await this.views.current();
    const key = await this.cacheKey(taskListId, area, view);
    const cached = this.cache.get(key);
    if (cached) return { ...cached, at: view.at.toISOString() };
    const rows = await loadProgressRows(this.tables, taskListId, area);
    if (!rows) throw this.missing(taskListId);
    const answer = this.answer(rows, view, area);
    if (this.cache.size >= CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, answer);
    return answer;
  }

  private answer(rows: ProgressRows, view: ReadView, area: string | null): DepartmentProgress {
    const report = computeProgress(rows.tasks, rows.findings, rows.units, view);
    const order = new Map(rows.list.areas.map((a, i) => [a, i]));
    report.areas.sort(
      (a, b) => (order.get(a.area) ?? 1e9) - (order.get(b.area) ?? 1e9) || a.area.localeCompare(b.area),
    );
    return {
      taskListId: rows.list.listId,
      area,
      at: view.at.toISOString(),
      asOf: view.asOf !== null,
      units: report.units,
      areas: report.areas,
      totals: report.totals,
    };
  }

  private async cacheKey(taskListId: string, area: string | null, view: ReadView): Promise<string> {
    const rows = await this.projector.checkpoints.all(this.db.sql);
    const positions = rows
      .filter((r) => SOURCES.includes(r.name))
      .map((r) => `${r.name}@${checkpointCodec.format(r.checkpoint)}`);
    return JSON.stringify([taskListId, area, view.nowIso.slice(0, 10), view.yellowDays, positions]);
  }

  private missing(taskListId: string) {
    return notFound('TASK_LIST_NOT_FOUND', `No task list ${taskListId}`, { taskListId });
  }
}
