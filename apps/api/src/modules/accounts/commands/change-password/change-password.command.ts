import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { UserRecord } from '../../directory/user-record.js';

export class ChangePasswordCommand extends Command<UserRecord> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
    readonly newPassword: string,
    /** Required when people change their own password, so a borrowed session cannot lock them out. */
    readonly currentPassword: string | null,
  ) {
    super();
  }
}
