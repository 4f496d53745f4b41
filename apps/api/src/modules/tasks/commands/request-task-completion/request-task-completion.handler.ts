import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { RequestTaskCompletion } from '@duban/domain';
import { assertEvidenceStored } from '../../../evidence/storage/assert-evidence-stored.js';
import { EvidenceFiles } from '../../../evidence/storage/evidence-files.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { RequestTaskCompletionCommand } from './request-task-completion.command.js';

@CommandHandler(RequestTaskCompletionCommand)
export class RequestTaskCompletionHandler implements ICommandHandler<RequestTaskCompletionCommand> {
  constructor(
    private readonly tasks: TaskCommandRunner,
    private readonly files: EvidenceFiles,
  ) {}

  async execute({ actor, taskId, summary, evidence }: RequestTaskCompletionCommand): Promise<TaskChange> {
    const command: RequestTaskCompletion = {
      type: 'RequestTaskCompletion',
      data: { taskId, summary, evidence },
    };
    const result = await this.tasks.runChecked(command, actor, () =>
      assertEvidenceStored(this.files, evidence),
    );
    return { taskId, checkpoint: result.checkpoint };
  }
}
