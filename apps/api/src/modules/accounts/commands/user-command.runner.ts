import { Injectable } from '@nestjs/common';
import { assertMayRunUserCommand, userDecider, userStream } from '@duban/domain';
import type { Actor, UserCommand } from '@duban/domain';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import { UsersDirectory } from '../directory/users-directory.js';
import { refreshAfterChange } from './refresh-after-change.js';
import type { UserChange } from './user-change.js';

/**
 * Runs a command on an existing account and brings this instance's directory up to it; the resolver
 * reads the account back once the read model has reached the change.
 */
@Injectable()
export class UserCommandRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: UsersDirectory,
  ) {}

  async run(command: UserCommand, actor: Actor): Promise<UserChange> {
    const userId = command.data.userId;
    // The access rule first: a refused caller learns nothing about which accounts exist.
    assertMayRunUserCommand(command, actor);
    const { checkpoint } = await this.runner.run({
      streamId: userStream(userId),
      decider: userDecider,
      command,
      actor,
    });
    await refreshAfterChange(this.directory, userId, checkpoint);
    return { userId, checkpoint };
  }
}
