import { Command } from '@nestjs/cqrs';
import type { Actor, Role } from '@duban/domain';
import type { UserChange } from '../user-change.js';

export class ChangeUserRoleCommand extends Command<UserChange> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
    readonly role: Role,
    readonly unitId: string | null,
  ) {
    super();
  }
}
