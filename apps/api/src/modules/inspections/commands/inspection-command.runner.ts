import { Injectable } from '@nestjs/common';
import { assertMayRunInspectionCommand, inspectionDecider, inspectionStream } from '@duban/domain';
import type { Actor, InspectionCommand, InspectionState } from '@duban/domain';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import type { ChangeOutcome } from './change-outcome.js';

/** Runs a command on one inspection's stream, with the domain's access rule checked before deciding. */
@Injectable()
export class InspectionCommandRunner {
  constructor(private readonly runner: CommandRunner) {}

  load(inspectionId: string): Promise<{ state: InspectionState; version: number }> {
    return this.runner.load(inspectionStream(inspectionId), inspectionDecider);
  }

  /** `idempotencyKey` makes a repeated run (a resumed demo seed, say) append nothing the second time. */
  async run(
    command: InspectionCommand,
    actor: Actor,
    options: { idempotencyKey?: string } = {},
  ): Promise<ChangeOutcome> {
    const inspectionId = command.data.inspectionId;
    const result = await this.runner.run({
      streamId: inspectionStream(inspectionId),
      decider: inspectionDecider,
      command,
      actor,
      assertMayRun: (who, state, what) => assertMayRunInspectionCommand(what, state, who),
      ...options,
    });
    return { id: inspectionId, checkpoint: result.checkpoint };
  }
}
