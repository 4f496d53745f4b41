import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertMayRunUnitCommand, unitDecider, unitStream } from '@duban/domain';
import type { RetireUnit } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import type { UnitChange } from '../unit-change.js';
import { RetireUnitCommand } from './retire-unit.command.js';

/** Retiring keeps the unit's history; its open tasks stay where they are until handed off or cancelled. */
@CommandHandler(RetireUnitCommand)
export class RetireUnitHandler implements ICommandHandler<RetireUnitCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ actor, unitId, reason }: RetireUnitCommand): Promise<UnitChange> {
    const command: RetireUnit = { type: 'RetireUnit', data: { unitId, reason } };
    const result = await this.runner.run({
      streamId: unitStream(unitId),
      decider: unitDecider,
      command,
      actor,
      assertMayRun: (who) => assertMayRunUnitCommand(command, who),
    });
    return { unitId, checkpoint: result.checkpoint };
  }
}
