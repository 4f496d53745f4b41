import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DomainError,
  assertMayRunUserCommand,
  assertOfficerUnit,
  claimUsername,
  initialUserState,
  normaliseUsername,
  unitDecider,
  unitStream,
  userDecider,
  userStream,
  usernameStream,
} from '@duban/domain';
import type { RegisterUser } from '@duban/domain';
import { Clock } from '../../../../core/clock/clock.js';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { deterministicUuid } from '../../../../core/ids/deterministic-uuid.js';
import { UsersDirectory } from '../../directory/users-directory.js';
import { PasswordHasher } from '../../password/password-hasher.js';
import { assertPasswordAllowed } from '../../password/password-policy.js';
import { refreshAfterChange } from '../refresh-after-change.js';
import type { UserChange } from '../user-change.js';
import { RegisterUserCommand } from './register-user.command.js';

/**
 * Registers an account in two appends: the username's claim stream, then the account's own stream.
 * Everything that could refuse the account is decided before the claim, so bad input never leaves a
 * name claimed for nobody.
 */
@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: UsersDirectory,
    private readonly passwords: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, fields, options }: RegisterUserCommand): Promise<UserChange> {
    const userId = options.userId ?? randomUUID();
    const probe: RegisterUser = {
      type: 'RegisterUser',
      data: { ...fields, userId, passwordHash: '' },
    };
    assertMayRunUserCommand(probe, actor);
    assertPasswordAllowed(fields.password, fields.username);
    const command: RegisterUser = {
      ...probe,
      data: { ...probe.data, passwordHash: await this.passwords.hash(fields.password) },
    };
    const now = this.clock.now().toISOString();
    // A dry run on an empty account: refuses bad names, roles and units before anything is written.
    const [registered] = userDecider.decide(command, initialUserState(), { actor, now });
    const unitId = registered?.type === 'UserRegistered' ? registered.data.unitId : null;
    if (unitId !== null) {
      const { state } = await this.runner.load(unitStream(unitId), unitDecider);
      assertOfficerUnit(unitId, state);
    }

    const username = normaliseUsername(fields.username);
    const claimed = await this.runner.claim(
      usernameStream(username),
      claimUsername(username, userId, now),
      actor,
      deterministicUuid(usernameStream(username), userId),
    );
    if (!claimed) {
      throw new DomainError('CONFLICT', 'USERNAME_TAKEN', `username ${username} is already taken`, {
        username,
      });
    }
    const { checkpoint } = await this.runner.run({
      streamId: userStream(userId),
      decider: userDecider,
      command,
      actor,
      ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
    });
    await refreshAfterChange(this.directory, userId, checkpoint);
    return { userId, checkpoint };
  }
}
