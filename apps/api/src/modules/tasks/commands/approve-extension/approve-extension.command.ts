import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The office grants the pending extension; the requested date becomes the deadline. */
export class ApproveExtensionCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly comment: string | null = null,
  ) {
    super();
  }
}
