import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The office refuses a pending handoff; the task goes back to the status it had. */
export class RejectHandoffCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly reason: string,
  ) {
    super();
  }
}
