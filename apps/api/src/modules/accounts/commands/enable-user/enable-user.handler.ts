import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { UserChange } from '../user-change.js';
import { UserCommandRunner } from '../user-command.runner.js';
import { EnableUserCommand } from './enable-user.command.js';

@CommandHandler(EnableUserCommand)
export class EnableUserHandler implements ICommandHandler<EnableUserCommand> {
  constructor(private readonly users: UserCommandRunner) {}

  execute({ actor, userId }: EnableUserCommand): Promise<UserChange> {
    return this.users.run({ type: 'EnableUser', data: { userId } }, actor);
  }
}
