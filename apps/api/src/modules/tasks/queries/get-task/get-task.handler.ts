import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, taskStream } from '@duban/domain';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { AsOfReplay } from '../../../read-model/as-of-replay.js';
import { readAccess } from '../../../read-model/read-access.js';
import { ReadViews } from '../../../read-model/read-views.js';
import type { Task } from '../../graphql/task.object.js';
import type { TaskRow } from '../../projections/task-row.js';
import { TASKS_TABLE } from '../../projections/tasks.table.js';
import { tasksProjection } from '../../projections/tasks.projection.js';
import { toTaskObject } from '../to-task-object.js';
import { GetTaskQuery } from './get-task.query.js';

@QueryHandler(GetTaskQuery)
export class GetTaskHandler implements IQueryHandler<GetTaskQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
    private readonly replay: AsOfReplay,
  ) {}

  async execute({ actor, taskId, asOf }: GetTaskQuery): Promise<Task> {
    readAccess.mayReadDistrict(actor);
    let row: TaskRow | null | undefined;
    if (asOf) {
      const folded = await this.replay.stream(taskStream(taskId), asOf, [tasksProjection]);
      row = folded.get(TASKS_TABLE, taskId);
    } else {
      row = await this.tables.doc(TASKS_TABLE, taskId);
    }
    if (!row)
      throw notFound('TASK_NOT_FOUND', `No task ${taskId}${asOf ? ` as of ${asOf.toISOString()}` : ''}`, {
        taskId,
      });
    return toTaskObject(row, asOf ? await this.views.at(asOf) : await this.views.current());
  }
}
