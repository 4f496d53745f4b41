import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { PageInput } from '../../../read-model/graphql/page.input.js';
import type { TaskFilterInput } from '../../graphql/task-filter.input.js';
import type { TaskPage } from '../../graphql/task-page.object.js';
import type { TaskSortInput } from '../../graphql/task-sort.input.js';

export class ListTasksQuery extends Query<TaskPage> {
  constructor(
    readonly actor: Actor,
    readonly filter: TaskFilterInput | null,
    readonly sort: TaskSortInput | null,
    readonly page: PageInput | null,
  ) {
    super();
  }
}
