import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskList } from '../../graphql/task-list.object.js';

/** Every task list, newest year first. */
export class ListTaskListsQuery extends Query<TaskList[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
