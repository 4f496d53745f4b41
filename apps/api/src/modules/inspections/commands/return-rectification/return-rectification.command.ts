import { Command } from '@nestjs/cqrs';
import type { Actor, ReturnRectification } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class ReturnRectificationCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: ReturnRectification['data'],
  ) {
    super();
  }
}
