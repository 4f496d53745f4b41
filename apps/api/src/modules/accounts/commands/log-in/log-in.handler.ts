import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../core/clock/clock.js';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { UnauthenticatedError } from '../../../../core/errors/unauthenticated.error.js';
import { UsersDirectory } from '../../directory/users-directory.js';
import { DeviceTrust } from '../../lockout/device-trust.js';
import { isLocked } from '../../lockout/lockout.decider.js';
import { LoginGuard } from '../../lockout/login-guard.js';
import { PasswordHasher } from '../../password/password-hasher.js';
import type { AuthResult } from '../../sessions/auth-result.js';
import { sessionDecider } from '../../sessions/session.decider.js';
import { sessionStream } from '../../sessions/session.events.js';
import { SessionTokens } from '../../sessions/session-tokens.js';
import { newRefreshToken } from '../../sessions/refresh-token.js';
import { LogInCommand } from './log-in.command.js';

/** One answer for unknown name, wrong password and disabled account, so none can be told apart. */
const WRONG_CREDENTIALS = () => new UnauthenticatedError('INVALID_CREDENTIALS', 'Wrong username or password');

/**
 * Checks the attempt limits before any password work (a locked account is refused even with the
 * right password, except from a device that logged in to it before: `DeviceTrust`), then the
 * password; a refused login counts towards the account's lock.
 */
@CommandHandler(LogInCommand)
export class LogInHandler implements ICommandHandler<LogInCommand> {
  constructor(
    private readonly directory: UsersDirectory,
    private readonly passwords: PasswordHasher,
    private readonly runner: CommandRunner,
    private readonly tokens: SessionTokens,
    private readonly guard: LoginGuard,
    private readonly devices: DeviceTrust,
    private readonly clock: Clock,
  ) {}

  async execute({ username, password, clientAddress, deviceToken }: LogInCommand): Promise<AuthResult> {
    // Counted by the name as the directory compares it; the cap keeps junk names small in memory.
    const name = username.trim().toLowerCase().slice(0, 128);
    this.guard.admit(clientAddress, this.clock.now());
    const user = this.directory.findByUsername(name);
    const trusted =
      user && deviceToken && (await this.devices.trusts(deviceToken, user.id, this.clock.now()))
        ? deviceToken
        : null;
    const lock = await this.guard.assertNotLocked(name, user, this.clock.now(), trusted);
    const matches = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !matches || user.disabled) {
      if (trusted) this.guard.deviceFailed(trusted, this.clock.now());
      // Past a lock on a trusted device, failures count against that device's allowance only.
      if (!(trusted && isLocked(lock, this.clock.now()))) {
        await this.guard.recordFailure(name, user, lock, this.clock.now());
      }
      throw WRONG_CREDENTIALS();
    }
    this.guard.succeeded(name);

    const now = this.clock.now();
    const refresh = newRefreshToken();
    await this.runner.run({
      streamId: sessionStream(refresh.sessionId),
      decider: sessionDecider,
      command: {
        type: 'StartSession',
        data: {
          sessionId: refresh.sessionId,
          userId: user.id,
          tokenHash: refresh.hash,
          expiresAt: this.tokens.refreshExpiry(now),
          tokenVersion: user.tokenVersion,
        },
      },
      actor: { userId: user.id, role: user.role, unitId: user.unitId },
    });
    const result = await this.tokens.issue(user, refresh.sessionId, refresh.token, now);
    return { ...result, deviceToken: await this.devices.issue(user.id, now) };
  }
}
