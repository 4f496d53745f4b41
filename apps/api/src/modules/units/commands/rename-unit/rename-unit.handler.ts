import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertMayRunUnitCommand, unitDecider, unitStream } from '@duban/domain';
import type { RenameUnit } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import type { UnitChange } from '../unit-change.js';
import { RenameUnitCommand } from './rename-unit.command.js';

@CommandHandler(RenameUnitCommand)
export class RenameUnitHandler implements ICommandHandler<RenameUnitCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ actor, unitId, name }: RenameUnitCommand): Promise<UnitChange> {
    const command: RenameUnit = { type: 'RenameUnit', data: { unitId, name } };
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
