import { Command } from '@nestjs/cqrs';
import type { Actor, EvidenceRef } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** The lead unit asks for the task to be closed (申请办结) with a summary and evidence. */
export class RequestTaskCompletionCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly taskId: string,
    readonly summary: string,
    readonly evidence: EvidenceRef[] = [],
  ) {
    super();
  }
}
