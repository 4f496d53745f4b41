import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound, taskDecider, taskStream } from '@duban/domain';
import type { LogFinding } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { EvidenceAccess } from '../../../evidence/index/evidence-access.js';
import type { ChangeOutcome } from '../change-outcome.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { LogFindingCommand } from './log-finding.command.js';

/**
 * 登记问题: an inspector on the team records a finding against one of the inspection's target units.
 * Its evidence must be files the inspector may download and the task it concerns, when named, must
 * exist; the domain checks everything else.
 */
@CommandHandler(LogFindingCommand)
export class LogFindingHandler implements ICommandHandler<LogFindingCommand> {
  constructor(
    private readonly findings: FindingCommandRunner,
    private readonly runner: CommandRunner,
    private readonly evidence: EvidenceAccess,
  ) {}

  execute({ actor, input, findingId }: LogFindingCommand): Promise<ChangeOutcome> {
    const command: LogFinding = {
      type: 'LogFinding',
      data: { ...input, findingId: findingId ?? randomUUID() },
    };
    return this.findings.runChecked(command, actor, async () => {
      if (Array.isArray(input.evidence))
        command.data.evidence = await this.evidence.cite(actor, input.evidence);
      const taskId = input.taskId?.trim();
      if (taskId) {
        const { state } = await this.runner.load(taskStream(taskId), taskDecider);
        if (state.status === 'NONE')
          throw notFound('TASK_NOT_FOUND', `task ${taskId} does not exist`, { taskId });
      }
    });
  }
}
