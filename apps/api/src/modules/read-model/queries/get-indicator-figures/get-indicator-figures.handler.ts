import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { checkFigures, deriveRates } from '@duban/domain';
import type { IndicatorFigures, IndicatorSet, IndicatorViolation } from '@duban/domain';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { TASKS_TABLE } from '../../../tasks/projections/tasks.table.js';
import { toIndicatorDefinitionObject } from '../../../tasks/graphql/to-indicator-definition-object.js';
import type { FigureSet, TaskIndicatorFigures } from '../../graphql/indicator-figures.object.js';
import { readAccess } from '../../read-access.js';
import { ReadViews } from '../../read-views.js';
import { GetIndicatorFiguresQuery } from './get-indicator-figures.query.js';

const figureSet = (definitions: IndicatorSet, figures: IndicatorFigures): FigureSet => ({
  figures: Object.entries(figures).map(([indicatorId, value]) => ({ indicatorId, value })),
  rates: deriveRates(definitions, figures),
  violations: checkFigures(definitions, figures).map((v: IndicatorViolation) => ({
    ...v,
    parts: v.parts.map((p) => ({ indicatorId: p.indicatorId, value: p.value })),
  })),
});

/**
 * Rates are derived from raw counts and rule checks run on every set of figures shown (each unit's
 * and the total), using the domain's indicator helpers, so an inconsistent figure is flagged
 * wherever it would appear.
 */
@QueryHandler(GetIndicatorFiguresQuery)
export class GetIndicatorFiguresHandler implements IQueryHandler<GetIndicatorFiguresQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
  ) {}

  async execute({ actor, taskListId }: GetIndicatorFiguresQuery): Promise<TaskIndicatorFigures[]> {
    readAccess.mayReadDistrict(actor);
    const view = await this.views.current();
    const tasks = await this.tables.docs(
      TASKS_TABLE,
      `list_id = $1 and jsonb_array_length(doc->'indicators'->'indicators') > 0 and status not in ('REMOVED', 'CANCELLED')`,
      [taskListId],
      'area, title, task_id',
    );
    return tasks.map((task) => {
      const units = Object.values(task.units).filter((u) => Object.keys(u.figures).length > 0);
      const totals: IndicatorFigures = {};
      for (const unit of units) {
        for (const [id, value] of Object.entries(unit.figures)) totals[id] = (totals[id] ?? 0) + value;
      }
      return {
        taskId: task.taskId,
        title: task.title,
        area: task.area,
        indicators: task.indicators.indicators.map(toIndicatorDefinitionObject),
        units: units.map((u) => ({
          unitId: u.unitId,
          unitName: view.unitName(u.unitId),
          ...figureSet(task.indicators, u.figures),
        })),
        totals: figureSet(task.indicators, totals),
      };
    });
  }
}
