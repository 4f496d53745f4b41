import { Command } from '@nestjs/cqrs';
import type { Actor, IndicatorSet } from '@duban/domain';
import type { TaskChange } from '../task-change.js';

/** Only the fields given change; a drafted task only. */
export interface EditTaskFields {
  taskId: string;
  area?: string;
  title?: string;
  description?: string;
  leadUnitId?: string;
  cooperatingUnitIds?: string[];
  deadline?: string;
  indicators?: IndicatorSet;
}

export class EditTaskCommand extends Command<TaskChange> {
  constructor(
    readonly actor: Actor,
    readonly fields: EditTaskFields,
  ) {
    super();
  }
}
