import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { Task } from '../../graphql/task.object.js';

/** One task as the read model shows it now, or as it stood at `asOf`. Fails with TASK_NOT_FOUND. */
export class GetTaskQuery extends Query<Task> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly asOf: Date | null = null,
  ) {
    super();
  }
}
