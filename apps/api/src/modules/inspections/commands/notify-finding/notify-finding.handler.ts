import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { NotifyFindingCommand } from './notify-finding.command.js';

/** 通报: the team tells the unit about its finding, which starts the unit's part. */
@CommandHandler(NotifyFindingCommand)
export class NotifyFindingHandler implements ICommandHandler<NotifyFindingCommand> {
  constructor(private readonly findings: FindingCommandRunner) {}

  execute({ actor, input }: NotifyFindingCommand): Promise<ChangeOutcome> {
    return this.findings.run({ type: 'NotifyFinding', data: input }, actor);
  }
}
