import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertMayRunUserCommand, validation } from '@duban/domain';
import type { ChangePassword } from '@duban/domain';
import { Clock } from '../../../../core/clock/clock.js';
import { UsersDirectory } from '../../directory/users-directory.js';
import { LoginGuard } from '../../lockout/login-guard.js';
import { PasswordHasher } from '../../password/password-hasher.js';
import { assertPasswordAllowed } from '../../password/password-policy.js';
import type { UserChange } from '../user-change.js';
import { UserCommandRunner } from '../user-command.runner.js';
import { ChangePasswordCommand } from './change-password.command.js';

/**
 * A new password ends every session of the account and the access tokens issued before it (the user
 * directory's token version moves on), so whoever knew the old one is out at once.
 *
 * A wrong current password counts as a refused login for the account: a stolen access token must not
 * become an unlimited password oracle. A locked account cannot change its own password either.
 */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    private readonly users: UserCommandRunner,
    private readonly directory: UsersDirectory,
    private readonly passwords: PasswordHasher,
    private readonly guard: LoginGuard,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, userId, newPassword, currentPassword }: ChangePasswordCommand): Promise<UserChange> {
    const probe: ChangePassword = { type: 'ChangePassword', data: { userId, passwordHash: '' } };
    assertMayRunUserCommand(probe, actor);
    assertPasswordAllowed(newPassword, this.directory.findById(userId)?.username ?? null, 'newPassword');
    if (userId === actor.userId) {
      const self = this.directory.findById(userId);
      const name = self?.username ?? userId;
      const lock = await this.guard.assertNotLocked(name, self, this.clock.now());
      if (!(await this.passwords.verify(self?.passwordHash ?? null, currentPassword ?? ''))) {
        await this.guard.recordFailure(name, self, lock, this.clock.now());
        throw validation('CURRENT_PASSWORD_WRONG', 'currentPassword: does not match', {
          field: 'currentPassword',
        });
      }
      this.guard.succeeded(name);
    }
    const passwordHash = await this.passwords.hash(newPassword);
    return this.users.run({ type: 'ChangePassword', data: { userId, passwordHash } }, actor);
  }
}
