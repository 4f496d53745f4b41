import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { forbidden, notFound } from '@duban/domain';
import { UsersDirectory } from '../../directory/users-directory.js';
import { LoginGuard } from '../../lockout/login-guard.js';
import { refreshAfterChange } from '../refresh-after-change.js';
import type { UserChange } from '../user-change.js';
import { UnlockUserCommand } from './unlock-user.command.js';

/**
 * Lifts a login lock before it runs out, for whoever manages accounts (the rule of the account
 * commands). Unlocking an account that is not locked changes nothing.
 */
@CommandHandler(UnlockUserCommand)
export class UnlockUserHandler implements ICommandHandler<UnlockUserCommand> {
  constructor(
    private readonly directory: UsersDirectory,
    private readonly guard: LoginGuard,
  ) {}

  async execute({ actor, userId }: UnlockUserCommand): Promise<UserChange> {
    if (actor.role !== 'SYSTEM_ADMIN') {
      throw forbidden(`${actor.role} may not UnlockUser`, { command: 'UnlockUser', role: actor.role });
    }
    const user = this.directory.findById(userId);
    if (!user) throw notFound('USER_NOT_FOUND', `user ${userId} does not exist`, { userId });
    const checkpoint = await this.guard.unlock(user, actor);
    await refreshAfterChange(this.directory, userId, checkpoint);
    return { userId, checkpoint };
  }
}
