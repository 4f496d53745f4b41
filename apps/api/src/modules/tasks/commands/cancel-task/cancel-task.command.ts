import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The office withdraws an open task (撤销) with a reason. */
export class CancelTaskCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly reason: string,
  ) {
    super();
  }
}
