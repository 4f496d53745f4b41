import { Command } from '@nestjs/cqrs';
import type { Actor, EvidenceRef, IndicatorFigures } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

export interface ReportTaskProgressFields {
  taskId: string;
  percent: number;
  narrative: string;
  figures?: IndicatorFigures;
  evidence?: EvidenceRef[];
}

/** A unit reports its progress (进度反馈): percent, narrative, indicator figures and evidence. */
export class ReportTaskProgressCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly fields: ReportTaskProgressFields,
  ) {
    super();
  }
}
