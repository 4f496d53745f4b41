import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** Drops a drafted task from its list before the list is issued. */
export class RemoveTaskCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly reason: string | null = null,
  ) {
    super();
  }
}
