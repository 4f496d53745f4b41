import { Command } from '@nestjs/cqrs';
import type { Actor, OpenInspection } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class OpenInspectionCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<OpenInspection['data'], 'inspectionId'>,
    /** Given by callers that must be able to repeat themselves (the demo seed); otherwise a new id. */
    readonly inspectionId?: string,
  ) {
    super();
  }
}
