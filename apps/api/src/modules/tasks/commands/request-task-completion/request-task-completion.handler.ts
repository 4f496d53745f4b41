import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { RequestTaskCompletion } from '@duban/domain';
import { EvidenceAccess } from '../../../evidence/index/evidence-access.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { RequestTaskCompletionCommand } from './request-task-completion.command.js';

@CommandHandler(RequestTaskCompletionCommand)
export class RequestTaskCompletionHandler implements ICommandHandler<RequestTaskCompletionCommand> {
  constructor(
    private readonly tasks: TaskCommandRunner,
    private readonly evidence: EvidenceAccess,
  ) {}

  async execute({ actor, taskId, summary, evidence }: RequestTaskCompletionCommand): Promise<TaskChange> {
    const command: RequestTaskCompletion = {
      type: 'RequestTaskCompletion',
      data: { taskId, summary, evidence },
    };
    const result = await this.tasks.runChecked(command, actor, async () => {
      if (Array.isArray(evidence)) command.data.evidence = await this.evidence.cite(actor, evidence);
    });
    return { taskId, checkpoint: result.checkpoint };
  }
}
