import { Command } from '@nestjs/cqrs';
import type { Actor, IndicatorSet } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

export interface AddTaskFields {
  listId: string;
  /**
   * A random id when left out. Given, running the same add again finishes one cut short between its
   * two appends (the demo seed relies on it to resume).
   */
  taskId?: string | null;
  area: string;
  title: string;
  description: string;
  leadUnitId: string;
  cooperatingUnitIds?: string[];
  deadline: string;
  indicators?: IndicatorSet;
}

/** Drafts a task into a drafted list: membership on the list stream, then the task's own stream. */
export class AddTaskCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly fields: AddTaskFields,
    readonly options: { idempotencyKey?: string } = {},
  ) {
    super();
  }
}
