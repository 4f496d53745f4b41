import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskListChange } from '../task-list-change.js';

export interface DraftTaskListFields {
  /** A random id when left out; the demo seed fixes it so a re-run finds its own list. */
  listId?: string | null;
  year: number;
  title: string;
  documentNumber?: string | null;
  areas: string[];
}

export class DraftTaskListCommand extends Command<TaskListChange> {
  constructor(
    readonly actor: Actor,
    readonly fields: DraftTaskListFields,
    readonly options: { idempotencyKey?: string } = {},
  ) {
    super();
  }
}
