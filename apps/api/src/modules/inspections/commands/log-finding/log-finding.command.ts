import { Command } from '@nestjs/cqrs';
import type { Actor, LogFinding } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class LogFindingCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<LogFinding['data'], 'findingId'>,
    /** Given by callers that must be able to repeat themselves (the demo seed); otherwise a new id. */
    readonly findingId?: string,
  ) {
    super();
  }
}
