import { Command } from '@nestjs/cqrs';
import type { Actor, RecordCaseFileReview } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export class RecordCaseFileReviewCommand extends Command<ChangeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: RecordCaseFileReview['data'],
  ) {
    super();
  }
}
