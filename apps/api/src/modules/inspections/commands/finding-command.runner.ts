import { Injectable } from '@nestjs/common';
import {
  assertMayRunFindingCommand,
  decideFinding,
  evolveFinding,
  findingDecider,
  findingStream,
  initialFindingState,
  initialInspectionState,
  inspectionDecider,
  inspectionStream,
} from '@duban/domain';
import type { Actor, FindingCommand, FindingEvent, FindingState, InspectionState } from '@duban/domain';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import type { StreamDecider } from '../../../core/event-store/stream-decider.js';
import type { ChangeOutcome } from './change-outcome.js';

export interface FindingRunOptions {
  /** Makes a retried command (a process manager's, say) append nothing the second time. */
  idempotencyKey?: string;
  causationId?: string;
  correlationId?: string;
}

/**
 * Runs a command on one finding's stream. A finding decision also needs its inspection (team
 * membership, targets, whether fieldwork is closed), so that stream is loaded first and handed to
 * the decider; the inspection is only read, never appended to.
 */
@Injectable()
export class FindingCommandRunner {
  constructor(private readonly runner: CommandRunner) {}

  load(findingId: string): Promise<{ state: FindingState; version: number }> {
    return this.runner.load(findingStream(findingId), findingDecider);
  }

  /** The inspection a command concerns: named by LogFinding, otherwise the one the finding belongs to. */
  async inspectionFor(command: FindingCommand): Promise<InspectionState> {
    let inspectionId: string | null;
    if (command.type === 'LogFinding') {
      inspectionId = command.data.inspectionId;
    } else {
      const { state } = await this.load(command.data.findingId);
      inspectionId = state.status === 'NONE' ? null : state.inspectionId;
    }
    if (typeof inspectionId !== 'string' || inspectionId.trim() === '') return initialInspectionState();
    return (await this.runner.load(inspectionStream(inspectionId), inspectionDecider)).state;
  }

  /** Refuses (FORBIDDEN) before any further cross-stream check a handler makes. */
  async assertMayRun(command: FindingCommand, actor: Actor): Promise<InspectionState> {
    const inspection = await this.inspectionFor(command);
    const state =
      command.type === 'LogFinding' ? initialFindingState() : (await this.load(command.data.findingId)).state;
    assertMayRunFindingCommand(command, state, actor, inspection);
    return inspection;
  }

  /**
   * Checks access, then the handler's own cross-stream `check` (citable files, a named task), then
   * decides: a refused actor never learns what the check would have found.
   */
  async runChecked(
    command: FindingCommand,
    actor: Actor,
    check: () => Promise<void>,
    options: FindingRunOptions = {},
  ): Promise<ChangeOutcome> {
    await this.assertMayRun(command, actor);
    await check();
    return this.run(command, actor, options);
  }

  async run(command: FindingCommand, actor: Actor, options: FindingRunOptions = {}): Promise<ChangeOutcome> {
    const inspection = await this.inspectionFor(command);
    const decider: StreamDecider<FindingCommand, FindingEvent, FindingState> = {
      decide: (what, state, context) => decideFinding(what, state, { ...context, inspection }),
      evolve: evolveFinding,
      initialState: initialFindingState,
    };
    const findingId = command.data.findingId;
    const result = await this.runner.run({
      streamId: findingStream(findingId),
      decider,
      command,
      actor,
      assertMayRun: (who, state, what) => assertMayRunFindingCommand(what, state, who, inspection),
      ...options,
    });
    return { id: findingId, checkpoint: result.checkpoint };
  }
}
