import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { RemindFindingCommand } from './remind-finding.command.js';

/**
 * An automatic reminder. The event id derives from the finding and threshold, so two watchers that
 * both decide to remind append one event between them: the slower one either finds it already
 * stored or loses the version race (and then sees REMINDER_ALREADY_SENT on its retry).
 */
@CommandHandler(RemindFindingCommand)
export class RemindFindingHandler implements ICommandHandler<RemindFindingCommand> {
  constructor(private readonly findings: FindingCommandRunner) {}

  execute({ findingId, threshold, days }: RemindFindingCommand): Promise<ChangeOutcome> {
    return this.findings.run({ type: 'RemindFinding', data: { findingId, threshold, days } }, SYSTEM_ACTOR, {
      idempotencyKey: `remind:${threshold}`,
    });
  }
}
