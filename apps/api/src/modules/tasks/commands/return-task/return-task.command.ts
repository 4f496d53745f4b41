import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The office sends a completion request back (退回) with a reason; the task is in progress again. */
export class ReturnTaskCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly reason: string,
  ) {
    super();
  }
}
