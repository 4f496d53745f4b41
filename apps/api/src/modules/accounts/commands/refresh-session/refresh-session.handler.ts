import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../core/clock/clock.js';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { UnauthenticatedError } from '../../../../core/errors/unauthenticated.error.js';
import { UsersDirectory } from '../../directory/users-directory.js';
import type { AuthResult } from '../../sessions/auth-result.js';
import { sessionDecider } from '../../sessions/session.decider.js';
import { sessionStream } from '../../sessions/session.events.js';
import { SessionTokens } from '../../sessions/session-tokens.js';
import { newRefreshToken, parseRefreshToken } from '../../sessions/refresh-token.js';
import { RefreshSessionCommand } from './refresh-session.command.js';

/**
 * Exchanges a refresh token for a new pair; the old token is spent, and spending it twice ends the
 * session. A session that began before the account's password, role or status last changed is ended
 * (REVOKED) instead of renewed.
 */
@CommandHandler(RefreshSessionCommand)
export class RefreshSessionHandler implements ICommandHandler<RefreshSessionCommand> {
  constructor(
    private readonly directory: UsersDirectory,
    private readonly runner: CommandRunner,
    private readonly tokens: SessionTokens,
    private readonly clock: Clock,
  ) {}

  async execute({ refreshToken }: RefreshSessionCommand): Promise<AuthResult> {
    const presented = parseRefreshToken(refreshToken);
    if (!presented) throw new UnauthenticatedError('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
    const streamId = sessionStream(presented.sessionId);
    const owner = (await this.runner.load(streamId, sessionDecider)).state;
    const user = owner.status === 'NONE' ? undefined : this.directory.findById(owner.userId);
    if (!user || user.disabled)
      throw new UnauthenticatedError('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
    const actor = { userId: user.id, role: user.role, unitId: user.unitId };

    if (
      owner.status === 'OPEN' &&
      owner.tokenHash === presented.hash &&
      owner.tokenVersion !== user.tokenVersion
    ) {
      const revoked = await this.runner.run({
        streamId,
        decider: sessionDecider,
        command: { type: 'RevokeSession', data: {} },
        actor,
      });
      for (const event of revoked.events) {
        if (event.type === 'SessionEnded')
          this.directory.noteSessionEnded(event.data.sessionId, event.data.endedAt);
      }
      throw new UnauthenticatedError(
        'REFRESH_TOKEN_REVOKED',
        'The account changed since this session began; log in again',
      );
    }

    const now = this.clock.now();
    const next = newRefreshToken(presented.sessionId);
    const result = await this.runner.run({
      streamId,
      decider: sessionDecider,
      command: {
        type: 'RefreshSession',
        data: {
          presentedHash: presented.hash,
          newHash: next.hash,
          expiresAt: this.tokens.refreshExpiry(now),
        },
      },
      actor,
    });
    const ended = result.events.find((event) => event.type === 'SessionEnded');
    if (ended?.type === 'SessionEnded') {
      this.directory.noteSessionEnded(presented.sessionId, ended.data.endedAt);
      throw new UnauthenticatedError(
        'REFRESH_TOKEN_REUSED',
        'This refresh token was already used; the session has ended',
      );
    }
    return this.tokens.issue(user, presented.sessionId, next.token, now);
  }
}
