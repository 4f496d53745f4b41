import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { UserRecord } from '../../directory/user-record.js';

export class UnlockUserCommand extends Command<UserRecord> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
  ) {
    super();
  }
}
