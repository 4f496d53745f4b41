import { Command } from '@nestjs/cqrs';
import type { Actor, Role } from '@duban/domain';
import type { UserChange } from '../user-change.js';

export interface RegisterUserFields {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  password: string;
}

export class RegisterUserCommand extends Command<UserChange> {
  constructor(
    readonly actor: Actor,
    readonly fields: RegisterUserFields,
    /** Fixed id and retry key for accounts created by the system itself (the first administrator). */
    readonly options: { userId?: string; idempotencyKey?: string } = {},
  ) {
    super();
  }
}
