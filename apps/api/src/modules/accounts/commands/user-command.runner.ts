import { Injectable } from '@nestjs/common';
import { assertMayRunUserCommand, userDecider, userStream } from '@duban/domain';
import type { Actor, UserCommand } from '@duban/domain';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import type { UserRecord } from '../directory/user-record.js';
import { UsersDirectory } from '../directory/users-directory.js';

/** Runs a command on an existing account and returns the account as it is afterwards. */
@Injectable()
export class UserCommandRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: UsersDirectory,
  ) {}

  async run(command: UserCommand, actor: Actor): Promise<UserRecord> {
    const userId = command.data.userId;
    // The access rule first: a refused caller learns nothing about which accounts exist.
    assertMayRunUserCommand(command, actor);
    await this.runner.run({ streamId: userStream(userId), decider: userDecider, command, actor });
    await this.directory.refresh(userId);
    return this.directory.findById(userId)!;
  }
}
