import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { notFound } from '@duban/domain';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import { ChangePasswordCommand } from '../commands/change-password/change-password.command.js';
import { ChangeUserRoleCommand } from '../commands/change-user-role/change-user-role.command.js';
import { DisableUserCommand } from '../commands/disable-user/disable-user.command.js';
import { EnableUserCommand } from '../commands/enable-user/enable-user.command.js';
import { RegisterUserCommand } from '../commands/register-user/register-user.command.js';
import { UnlockUserCommand } from '../commands/unlock-user/unlock-user.command.js';
import type { UserChange } from '../commands/user-change.js';
import type { UserRecord } from '../directory/user-record.js';
import { UsersDirectory } from '../directory/users-directory.js';
import { ListAssignableInspectorsQuery } from '../queries/list-assignable-inspectors/list-assignable-inspectors.query.js';
import { ListUsersQuery } from '../queries/list-users/list-users.query.js';
import { ChangePasswordInput } from './change-password.input.js';
import { ChangeUserRoleInput } from './change-user-role.input.js';
import { DirectoryUser } from './directory-user.object.js';
import { RegisterUserInput } from './register-user.input.js';
import { User } from './user.object.js';

/**
 * Account administration. Who may do what is the domain's rule, checked by each handler. Like every
 * other mutation, each answers once the read model has reached the change (STALE when it does not
 * within DUBAN_READ_WAIT_MS), with the account as the directory shows it then.
 */
@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly waiter: ProjectionWaiter,
    private readonly directory: UsersDirectory,
  ) {}

  private async afterwards(change: Promise<UserChange>): Promise<User> {
    const { userId, checkpoint } = await change;
    return this.waiter.readBack(checkpoint, async (): Promise<UserRecord> => {
      const user = this.directory.findById(userId);
      if (!user) throw notFound('USER_NOT_FOUND', `user ${userId} does not exist`, { userId });
      return user;
    });
  }

  @Query(() => [User])
  users(@CurrentActor() actor: Actor): Promise<User[]> {
    return this.queries.execute(new ListUsersQuery(actor));
  }

  @Query(() => [DirectoryUser], {
    description:
      'Active inspectors to pick an inspection team from (name, role, unit only); for the district office and inspectors.',
  })
  assignableInspectors(@CurrentActor() actor: Actor): Promise<DirectoryUser[]> {
    return this.queries.execute(new ListAssignableInspectorsQuery(actor));
  }

  @Mutation(() => User)
  registerUser(@CurrentActor() actor: Actor, @Args('input') input: RegisterUserInput): Promise<User> {
    return this.afterwards(this.commands.execute(new RegisterUserCommand(actor, input)));
  }

  @Mutation(() => User)
  changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<User> {
    return this.afterwards(
      this.commands.execute(
        new ChangePasswordCommand(actor, input.userId, input.newPassword, input.currentPassword ?? null),
      ),
    );
  }

  @Mutation(() => User)
  changeUserRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeUserRoleInput): Promise<User> {
    return this.afterwards(
      this.commands.execute(new ChangeUserRoleCommand(actor, input.userId, input.role, input.unitId ?? null)),
    );
  }

  @Mutation(() => User, { description: 'Disables an account: no more logins, refreshes or requests.' })
  disableUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<User> {
    return this.afterwards(this.commands.execute(new DisableUserCommand(actor, id, reason)));
  }

  @Mutation(() => User, { description: 'Lifts the lock that repeated failed logins put on an account.' })
  unlockUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.afterwards(this.commands.execute(new UnlockUserCommand(actor, id)));
  }

  @Mutation(() => User)
  enableUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.afterwards(this.commands.execute(new EnableUserCommand(actor, id)));
  }
}
