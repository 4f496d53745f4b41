import { Command } from '@nestjs/cqrs';
import type { Actor, NotifyFinding } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class NotifyFindingCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: NotifyFinding['data'],
  ) {
    super();
  }
}
