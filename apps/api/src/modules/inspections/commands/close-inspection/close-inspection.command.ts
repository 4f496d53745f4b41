import { Command } from '@nestjs/cqrs';
import type { Actor, CloseInspection } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class CloseInspectionCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: CloseInspection['data'],
  ) {
    super();
  }
}
