import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertMayRunTaskListCommand, taskListDecider, taskListStream } from '@duban/domain';
import type { DraftTaskList } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import type { TaskListChange } from '../task-list-change.js';
import { DraftTaskListCommand } from './draft-task-list.command.js';

@CommandHandler(DraftTaskListCommand)
export class DraftTaskListHandler implements ICommandHandler<DraftTaskListCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ actor, fields, options }: DraftTaskListCommand): Promise<TaskListChange> {
    const listId = fields.listId?.trim() || randomUUID();
    const command: DraftTaskList = {
      type: 'DraftTaskList',
      data: {
        listId,
        year: fields.year,
        title: fields.title,
        documentNumber: fields.documentNumber ?? null,
        areas: fields.areas,
      },
    };
    const result = await this.runner.run({
      streamId: taskListStream(listId),
      decider: taskListDecider,
      command,
      actor,
      assertMayRun: (who) => assertMayRunTaskListCommand(command, who),
      ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
    });
    return { listId, checkpoint: result.checkpoint };
  }
}
