import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskListChange } from '../task-list-change.js';

/** Only the fields given change; a drafted list only. */
export interface EditTaskListFields {
  listId: string;
  year?: number;
  title?: string;
  documentNumber?: string | null;
  areas?: string[];
}

export class EditTaskListCommand extends Command<TaskListChange> {
  constructor(
    readonly actor: Actor,
    readonly fields: EditTaskListFields,
  ) {
    super();
  }
}
