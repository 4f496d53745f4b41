import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

export interface UrgeTaskFields {
  taskId: string;
  message?: string | null;
  /** Set only by the deadline watcher (`DUE_IN_<n>_DAYS` or `OVERDUE`); absent for the office's urges. */
  threshold?: string | null;
}

/** 催办: a manual urge by the office, or an automatic one by the system at a deadline threshold. */
export class UrgeTaskCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly fields: UrgeTaskFields,
    readonly options: { idempotencyKey?: string; correlationId?: string } = {},
  ) {
    super();
  }
}
