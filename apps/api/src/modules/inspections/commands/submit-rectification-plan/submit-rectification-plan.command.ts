import { Command } from '@nestjs/cqrs';
import type { Actor, SubmitRectificationPlan } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class SubmitRectificationPlanCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: SubmitRectificationPlan['data'],
  ) {
    super();
  }
}
