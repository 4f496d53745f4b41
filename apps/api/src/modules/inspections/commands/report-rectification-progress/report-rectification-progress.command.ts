import { Command } from '@nestjs/cqrs';
import type { Actor, ReportRectificationProgress } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class ReportRectificationProgressCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: ReportRectificationProgress['data'],
  ) {
    super();
  }
}
