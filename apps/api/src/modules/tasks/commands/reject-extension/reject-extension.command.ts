import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The office refuses the pending extension; the deadline stays. */
export class RejectExtensionCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly reason: string,
  ) {
    super();
  }
}
