import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@duban/domain';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { readAccess } from '../../../read-model/read-access.js';
import type { TaskList } from '../../graphql/task-list.object.js';
import { TASK_LISTS_TABLE } from '../../projections/task-lists.table.js';
import { toTaskListObject } from '../to-task-list-object.js';
import { GetTaskListQuery } from './get-task-list.query.js';

@QueryHandler(GetTaskListQuery)
export class GetTaskListHandler implements IQueryHandler<GetTaskListQuery> {
  constructor(private readonly tables: ReadTables) {}

  async execute({ actor, listId }: GetTaskListQuery): Promise<TaskList> {
    readAccess.mayReadDistrict(actor);
    const row = await this.tables.doc(TASK_LISTS_TABLE, listId);
    if (!row) throw notFound('TASK_LIST_NOT_FOUND', `No task list ${listId}`, { listId });
    return toTaskListObject(row);
  }
}
