import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The lead unit asks to hand the task over to another unit (申请转办). */
export class RequestHandoffCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly toUnitId: string,
    readonly reason: string,
  ) {
    super();
  }
}
