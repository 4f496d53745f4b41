import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { UserChange } from '../user-change.js';

export class EnableUserCommand extends Command<UserChange> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
  ) {
    super();
  }
}
