import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportTaskProgress } from '@duban/domain';
import { EvidenceAccess } from '../../../evidence/index/evidence-access.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { ReportTaskProgressCommand } from './report-task-progress.command.js';

@CommandHandler(ReportTaskProgressCommand)
export class ReportTaskProgressHandler implements ICommandHandler<ReportTaskProgressCommand> {
  constructor(
    private readonly tasks: TaskCommandRunner,
    private readonly evidence: EvidenceAccess,
  ) {}

  async execute({ actor, fields }: ReportTaskProgressCommand): Promise<TaskChange> {
    const command: ReportTaskProgress = {
      type: 'ReportTaskProgress',
      data: { ...fields, unitId: actor.unitId ?? '' },
    };
    const result = await this.tasks.runChecked(command, actor, async () => {
      if (Array.isArray(fields.evidence))
        command.data.evidence = await this.evidence.cite(actor, fields.evidence);
    });
    return { taskId: fields.taskId, checkpoint: result.checkpoint };
  }
}
