import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** Acknowledges (签收) a task for the officer's own unit, as lead or cooperating unit. */
export class AcknowledgeTaskCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
  ) {
    super();
  }
}
