import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskList } from '../../graphql/task-list.object.js';

/** One task list. Fails with TASK_LIST_NOT_FOUND. */
export class GetTaskListQuery extends Query<TaskList> {
  constructor(
    readonly actor: Actor,
    readonly listId: string,
  ) {
    super();
  }
}
