import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertMayRunUnitCommand, unitDecider, unitStream, validation } from '@duban/domain';
import type { RegisterUnit } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import type { UnitChange } from '../unit-change.js';
import { RegisterUnitCommand } from './register-unit.command.js';

/** Codes become stream names and URLs, so they are kept to lower-case letters, digits and dashes. */
const UNIT_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler implements ICommandHandler<RegisterUnitCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ actor, fields, options }: RegisterUnitCommand): Promise<UnitChange> {
    const unitId = fields.unitId?.trim() || randomUUID();
    const command: RegisterUnit = {
      type: 'RegisterUnit',
      data: { unitId, name: fields.name, kind: fields.kind },
    };
    assertMayRunUnitCommand(command, actor);
    if (!UNIT_CODE.test(unitId)) {
      throw validation('UNIT_ID_INVALID', 'unitId: lower-case letters, digits and dashes, at most 64', {
        field: 'unitId',
        value: unitId,
      });
    }
    const result = await this.runner.run({
      streamId: unitStream(unitId),
      decider: unitDecider,
      command,
      actor,
      assertMayRun: (who) => assertMayRunUnitCommand(command, who),
      ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
    });
    return { unitId, checkpoint: result.checkpoint };
  }
}
