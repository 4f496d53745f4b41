import { Injectable } from '@nestjs/common';
import { assertMayRunTaskCommand, taskDecider, taskStream } from '@duban/domain';
import type { Actor, TaskCommand, TaskState } from '@duban/domain';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import type { CommandResult } from '../../../core/event-store/command-runner.js';
import type { TaskEvent } from '@duban/domain';

export interface TaskRunOptions {
  idempotencyKey?: string;
  correlationId?: string;
  causationId?: string;
}

/** Runs one domain command on a task's stream with the task access rule, for every task handler. */
@Injectable()
export class TaskCommandRunner {
  constructor(readonly runner: CommandRunner) {}

  async load(taskId: string): Promise<{ state: TaskState; version: number }> {
    const { state, version } = await this.runner.load(taskStream(taskId), taskDecider);
    return { state, version };
  }

  run(command: TaskCommand, actor: Actor, options: TaskRunOptions = {}): Promise<CommandResult<TaskEvent, TaskState>> {
    return this.runner.run({
      streamId: taskStream(command.data.taskId),
      decider: taskDecider,
      command,
      actor,
      assertMayRun: (who, state) => assertMayRunTaskCommand(command, state, who),
      ...options,
    });
  }
}
