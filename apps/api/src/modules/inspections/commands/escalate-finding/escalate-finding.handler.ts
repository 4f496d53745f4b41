import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { EscalateFindingCommand } from './escalate-finding.command.js';

/** 挂牌督办: the office puts the finding under its own supervision, once per finding. */
@CommandHandler(EscalateFindingCommand)
export class EscalateFindingHandler implements ICommandHandler<EscalateFindingCommand> {
  constructor(private readonly findings: FindingCommandRunner) {}

  execute({ actor, input }: EscalateFindingCommand): Promise<ChangeOutcome> {
    return this.findings.run({ type: 'EscalateFinding', data: input }, actor);
  }
}
