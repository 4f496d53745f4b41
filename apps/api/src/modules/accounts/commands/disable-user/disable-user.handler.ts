import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { UserChange } from '../user-change.js';
import { UserCommandRunner } from '../user-command.runner.js';
import { DisableUserCommand } from './disable-user.command.js';

/** A disabled account cannot log in, refresh, or use a token it still holds. */
@CommandHandler(DisableUserCommand)
export class DisableUserHandler implements ICommandHandler<DisableUserCommand> {
  constructor(private readonly users: UserCommandRunner) {}

  execute({ actor, userId, reason }: DisableUserCommand): Promise<UserChange> {
    return this.users.run({ type: 'DisableUser', data: { userId, reason } }, actor);
  }
}
