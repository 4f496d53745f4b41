import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { UserChange } from '../user-change.js';

export class ChangePasswordCommand extends Command<UserChange> {
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
