import { Command } from '@nestjs/cqrs';
import type { Actor, Role } from '@duban/domain';
import type { UserRecord } from '../../directory/user-record.js';

export class ChangeUserRoleCommand extends Command<UserRecord> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
    readonly role: Role,
    readonly unitId: string | null,
  ) {
    super();
  }
}
