import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { UserChange } from '../user-change.js';
import { UserCommandRunner } from '../user-command.runner.js';
import { ChangeUserRoleCommand } from './change-user-role.command.js';

@CommandHandler(ChangeUserRoleCommand)
export class ChangeUserRoleHandler implements ICommandHandler<ChangeUserRoleCommand> {
  constructor(private readonly users: UserCommandRunner) {}

  execute({ actor, userId, role, unitId }: ChangeUserRoleCommand): Promise<UserChange> {
    return this.users.run({ type: 'ChangeUserRole', data: { userId, role, unitId } }, actor);
  }
}
