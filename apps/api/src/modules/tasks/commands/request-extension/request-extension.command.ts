import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The lead unit asks for a later deadline (申请延期). */
export class RequestExtensionCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly newDeadline: string,
    readonly reason: string,
  ) {
    super();
  }
}
