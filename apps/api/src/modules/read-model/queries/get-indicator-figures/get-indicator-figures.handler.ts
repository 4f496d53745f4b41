import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { TASKS_TABLE } from '../../../tasks/projections/tasks.table.js';
import type { TaskIndicatorFigures } from '../../graphql/indicator-figures.object.js';
import { readAccess } from '../../read-access.js';
import { ReadViews } from '../../read-views.js';
import { GetIndicatorFiguresQuery } from './get-indicator-figures.query.js';
import { indicatorFiguresOfTask } from './indicator-figures-of-task.js';

/** Indicator figures of a list's tasks: per unit and in total (`indicatorFiguresOfTask`). */
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
    return tasks.map((task) => indicatorFiguresOfTask(task, view));
  }
}
