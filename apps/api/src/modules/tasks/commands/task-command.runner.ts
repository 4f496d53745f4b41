import { Injectable } from '@nestjs/common';
import { assertMayRunTaskCommand, taskDecider, taskStream } from '@duban/domain';
import type { Actor, TaskCommand, TaskEvent, TaskState } from '@duban/domain';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import type { CommandResult } from '../../../core/event-store/command-runner.js';

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

  /**
   * For commands that also need facts from elsewhere (citable files, other units): checks access on
   * the current state first, so a refused actor learns nothing about those facts, then `check`, then
   * runs. The run re-reads the stream and appends with its version, so a change in between is a CONFLICT.
   */
  async runChecked(
    command: TaskCommand,
    actor: Actor,
    check: (task: Exclude<TaskState, { status: 'NONE' }>) => Promise<void>,
    options: TaskRunOptions = {},
  ): Promise<CommandResult<TaskEvent, TaskState>> {
    const { state } = await this.load(command.data.taskId);
    assertMayRunTaskCommand(command, state, actor);
    if (state.status !== 'NONE') await check(state);
    return this.run(command, actor, options);
  }

  run(
    command: TaskCommand,
    actor: Actor,
    options: TaskRunOptions = {},
  ): Promise<CommandResult<TaskEvent, TaskState>> {
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
