import { Command } from '@nestjs/cqrs';
import type { ReminderThreshold } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

/** Sent by the deadline watcher only; it always runs as the system actor. */
export class RemindFindingCommand extends Command<ChangeOutcome> {
  constructor(
    readonly findingId: string,
    readonly threshold: ReminderThreshold,
    /** The configured N of DUE_IN_N_DAYS; null for OVERDUE. */
    readonly days: number | null,
  ) {
    super();
  }
}
