import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { readAccess } from '../../../read-model/read-access.js';
import type { TaskList } from '../../graphql/task-list.object.js';
import { TASK_LISTS_TABLE } from '../../projections/task-lists.table.js';
import { toTaskListObject } from '../to-task-list-object.js';
import { ListTaskListsQuery } from './list-task-lists.query.js';

@QueryHandler(ListTaskListsQuery)
export class ListTaskListsHandler implements IQueryHandler<ListTaskListsQuery> {
  constructor(private readonly tables: ReadTables) {}

  async execute({ actor }: ListTaskListsQuery): Promise<TaskList[]> {
    readAccess.mayReadDistrict(actor);
    const rows = await this.tables.docs(TASK_LISTS_TABLE, 'true', [], 'year desc, drafted_at desc');
    return rows.map(toTaskListObject);
  }
}
