import { Command } from '@nestjs/cqrs';
import type { Actor, RequestFindingClosure } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class RequestFindingClosureCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: RequestFindingClosure['data'],
  ) {
    super();
  }
}
