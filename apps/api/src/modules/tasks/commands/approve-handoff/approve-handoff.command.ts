import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The office approves the pending handoff; the new lead receives the task and must acknowledge it. */
export class ApproveHandoffCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly comment: string | null = null,
  ) {
    super();
  }
}
