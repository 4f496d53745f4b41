import { Command } from '@nestjs/cqrs';
import type { Actor, EscalateFinding } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class EscalateFindingCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: EscalateFinding['data'],
  ) {
    super();
  }
}
