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
const SOURCES = ['tasks', 'findings', 'units', 'task-lists', 'inspections'];
const CACHE_ENTRIES = 200;

/**
 * Live figures come from the read tables and are cached: an answer changes only when one of its
 * source projections commits or the district's date changes (overdue and traffic lights turn at
 * midnight district time), so the key is the list, the area, the date and the source checkpoints.
 * As-of figures replay the log through the same folds and the same computation.
 */
@QueryHandler(GetDepartmentProgressQuery)
export class GetDepartmentProgressHandler implements IQueryHandler<GetDepartmentProgressQuery> {
  private readonly cache = new Map<string, Promise<DepartmentProgress>>();
  /** Commits of the source projections seen in this process; stands in for their checkpoints when all run here. */
  private localVersion = 0;

  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
    private readonly replay: AsOfReplay,
    private readonly projector: Projector,
    @Inject(READ_DATABASE) private readonly db: ReadDatabase,
  ) {
    projector.onCommitted((name) => {
      if (SOURCES.includes(name)) this.localVersion += 1;
    });
    projector.onRebuilt(() => {
      this.localVersion += 1;
    });
  }

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
    let answer = this.cache.get(key);
    if (!answer) {
      // Concurrent requests for the same key share one computation.
      answer = this.compute(taskListId, area, view);
      if (this.cache.size >= CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, answer);
      answer.catch(() => this.cache.delete(key));
    }
    return { ...(await answer), at: view.at.toISOString() };
  }

  private async compute(
    taskListId: string,
    area: string | null,
    view: ReadView,
  ): Promise<DepartmentProgress> {
    const rows = await loadProgressRows(this.tables, taskListId, area);
    if (!rows) throw this.missing(taskListId);
    return this.answer(rows, view, area);
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
    const day = view.nowIso.slice(0, 10);
    if (SOURCES.every((name) => this.projector.isActiveHere(name))) {
      // Every commit that could change the answer happens in this process and bumps the version.
      return JSON.stringify([taskListId, area, day, view.yellowDays, 'local', this.localVersion]);
    }
    const rows = await this.projector.checkpoints.all(this.db.sql);
    const positions = rows
      .filter((r) => SOURCES.includes(r.name))
      .map((r) => `${r.name}@${checkpointCodec.format(r.checkpoint)}`);
    return JSON.stringify([taskListId, area, day, view.yellowDays, positions]);
  }

  private missing(taskListId: string) {
    return notFound('TASK_LIST_NOT_FOUND', `No task list ${taskListId}`, { taskListId });
  }
}
