import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskListChange } from '../task-list-change.js';

/** 印发: the list is issued and each of its tasks assigned to its units. */
export class IssueTaskListCommand extends Command<TaskListChange> {
  constructor(
    readonly actor: Actor,
    readonly listId: string,
  ) {
    super();
  }
}
