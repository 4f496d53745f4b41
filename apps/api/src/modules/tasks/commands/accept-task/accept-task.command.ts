import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The office accepts a completion request (审核通过); the task is completed. */
export class AcceptTaskCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly comment: string | null = null,
  ) {
    super();
  }
}
