import { Command } from '@nestjs/cqrs';
import type { Actor, VerifyRectification } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class VerifyRectificationCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: VerifyRectification['data'],
  ) {
    super();
  }
}
