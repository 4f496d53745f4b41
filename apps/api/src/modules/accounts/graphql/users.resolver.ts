import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ChangePasswordCommand } from '../commands/change-password/change-password.command.js';
import { ChangeUserRoleCommand } from '../commands/change-user-role/change-user-role.command.js';
import { DisableUserCommand } from '../commands/disable-user/disable-user.command.js';
import { EnableUserCommand } from '../commands/enable-user/enable-user.command.js';
import { RegisterUserCommand } from '../commands/register-user/register-user.command.js';
import { UnlockUserCommand } from '../commands/unlock-user/unlock-user.command.js';
import { ListAssignableInspectorsQuery } from '../queries/list-assignable-inspectors/list-assignable-inspectors.query.js';
import { ListUsersQuery } from '../queries/list-users/list-users.query.js';
import { ChangePasswordInput } from './change-password.input.js';
import { ChangeUserRoleInput } from './change-user-role.input.js';
import { DirectoryUser } from './directory-user.object.js';
import { RegisterUserInput } from './register-user.input.js';
import { User } from './user.object.js';

/** Account administration. Who may do what is the domain's rule, checked by each handler. */
@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

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
    return this.commands.execute(new RegisterUserCommand(actor, input));
  }

  @Mutation(() => User)
  changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<User> {
    return this.commands.execute(
      new ChangePasswordCommand(actor, input.userId, input.newPassword, input.currentPassword ?? null),
    );
  }

  @Mutation(() => User)
  changeUserRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeUserRoleInput): Promise<User> {
    return this.commands.execute(
      new ChangeUserRoleCommand(actor, input.userId, input.role, input.unitId ?? null),
    );
  }

  @Mutation(() => User, { description: 'Disables an account: no more logins, refreshes or requests.' })
  disableUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<User> {
    return this.commands.execute(new DisableUserCommand(actor, id, reason));
  }

  @Mutation(() => User, { description: 'Lifts the lock that repeated failed logins put on an account.' })
  unlockUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.commands.execute(new UnlockUserCommand(actor, id));
  }

  @Mutation(() => User)
  enableUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.commands.execute(new EnableUserCommand(actor, id));
  }
}
