import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { UnauthenticatedError } from '../../../../core/errors/unauthenticated.error.js';
import { sessionDecider } from '../../sessions/session.decider.js';
import { sessionStream } from '../../sessions/session.events.js';
import { parseRefreshToken } from '../../sessions/refresh-token.js';
import { UsersDirectory } from '../../directory/users-directory.js';
import { LogOutCommand } from './log-out.command.js';

/**
 * Ends the session the refresh token belongs to, and with it the session's access tokens; holding the
 * refresh token is what proves the right to.
 */
@CommandHandler(LogOutCommand)
export class LogOutHandler implements ICommandHandler<LogOutCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: UsersDirectory,
  ) {}

  async execute({ refreshToken }: LogOutCommand): Promise<boolean> {
    const presented = parseRefreshToken(refreshToken);
    if (!presented) throw new UnauthenticatedError('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
    const streamId = sessionStream(presented.sessionId);
    const { state } = await this.runner.load(streamId, sessionDecider);
    const user = state.status === 'NONE' ? undefined : this.directory.findById(state.userId);
    if (!user) throw new UnauthenticatedError('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
    const result = await this.runner.run({
      streamId,
      decider: sessionDecider,
      command: { type: 'EndSession', data: { presentedHash: presented.hash } },
      actor: { userId: user.id, role: user.role, unitId: user.unitId },
    });
    // The session's access tokens stop at once on this instance; others learn it from the log.
    for (const event of result.events) {
      if (event.type === 'SessionEnded')
        this.directory.noteSessionEnded(event.data.sessionId, event.data.endedAt);
    }
    return true;
  }
}
