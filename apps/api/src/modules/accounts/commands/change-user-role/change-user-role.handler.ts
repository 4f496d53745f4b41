import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertMayRunUserCommand, assertOfficerUnit, unitDecider, unitStream } from '@duban/domain';
import type { ChangeUserRole } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import type { UserChange } from '../user-change.js';
import { UserCommandRunner } from '../user-command.runner.js';
import { ChangeUserRoleCommand } from './change-user-role.command.js';

@CommandHandler(ChangeUserRoleCommand)
export class ChangeUserRoleHandler implements ICommandHandler<ChangeUserRoleCommand> {
  constructor(
    private readonly users: UserCommandRunner,
    private readonly runner: CommandRunner,
  ) {}

  async execute({ actor, userId, role, unitId }: ChangeUserRoleCommand): Promise<UserChange> {
    const command: ChangeUserRole = { type: 'ChangeUserRole', data: { userId, role, unitId } };
    assertMayRunUserCommand(command, actor);
    // Moving an officer to a unit: the unit's own stream says whether it exists and is still in service.
    const unit = role === 'UNIT_OFFICER' && typeof unitId === 'string' ? unitId.trim() : '';
    if (unit !== '') {
      const { state } = await this.runner.load(unitStream(unit), unitDecider);
      assertOfficerUnit(unit, state);
    }
    return this.users.run(command, actor);
  }
}
