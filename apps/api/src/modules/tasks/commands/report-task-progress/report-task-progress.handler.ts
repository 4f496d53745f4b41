import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ReportTaskProgress } from '@duban/domain';
import { assertEvidenceStored } from '../../../evidence/storage/assert-evidence-stored.js';
import { EvidenceFiles } from '../../../evidence/storage/evidence-files.js';
import type { TaskChange } from '../task-change.js';
import { TaskCommandRunner } from '../task-command.runner.js';
import { ReportTaskProgressCommand } from './report-task-progress.command.js';

@CommandHandler(ReportTaskProgressCommand)
export class ReportTaskProgressHandler implements ICommandHandler<ReportTaskProgressCommand> {
  constructor(
    private readonly tasks: TaskCommandRunner,
    private readonly files: EvidenceFiles,
  ) {}

  async execute({ actor, fields }: ReportTaskProgressCommand): Promise<TaskChange> {
    const command: ReportTaskProgress = {
      type: 'ReportTaskProgress',
      data: { ...fields, unitId: actor.unitId ?? '' },
    };
    const result = await this.tasks.runChecked(command, actor, () =>
      assertEvidenceStored(this.files, fields.evidence),
    );
    return { taskId: fields.taskId, checkpoint: result.checkpoint };
  }
}
