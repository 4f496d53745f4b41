import { Module } from '@nestjs/common';
import { ActorResolver } from '../../core/auth/actor-resolver.js';
import { InitialAdminService } from './bootstrap/initial-admin.service.js';
import { ChangePasswordHandler } from './commands/change-password/change-password.handler.js';
import { ChangeUserRoleHandler } from './commands/change-user-role/change-user-role.handler.js';
import { DisableUserHandler } from './commands/disable-user/disable-user.handler.js';
import { EnableUserHandler } from './commands/enable-user/enable-user.handler.js';
import { LogInHandler } from './commands/log-in/log-in.handler.js';
import { LogOutHandler } from './commands/log-out/log-out.handler.js';
import { RefreshSessionHandler } from './commands/refresh-session/refresh-session.handler.js';
import { RegisterUserHandler } from './commands/register-user/register-user.handler.js';
import { UnlockUserHandler } from './commands/unlock-user/unlock-user.handler.js';
import { UserCommandRunner } from './commands/user-command.runner.js';
import { EventLogUsersDirectory } from './directory/event-log-users-directory.js';
import { UsersActorResolver } from './directory/users-actor-resolver.js';
import { UsersDirectory } from './directory/users-directory.js';
import { AuthResolver } from './graphql/auth.resolver.js';
import { UsersResolver } from './graphql/users.resolver.js';
import { DeviceTrust } from './lockout/device-trust.js';
import { LoginGuard } from './lockout/login-guard.js';
import { PasswordHasher } from './password/password-hasher.js';
import { GetMeHandler } from './queries/get-me/get-me.handler.js';
import { ListAssignableInspectorsHandler } from './queries/list-assignable-inspectors/list-assignable-inspectors.handler.js';
import { ListUsersHandler } from './queries/list-users/list-users.handler.js';
import { SessionTokens } from './sessions/session-tokens.js';

/** Accounts, logins and sessions. Exports the directory and the actor resolver the auth core needs. */
@Module({
  providers: [
    { provide: UsersDirectory, useClass: EventLogUsersDirectory },
    { provide: ActorResolver, useClass: UsersActorResolver },
    PasswordHasher,
    SessionTokens,
    UserCommandRunner,
    InitialAdminService,
    LogInHandler,
    RefreshSessionHandler,
    LogOutHandler,
    RegisterUserHandler,
    ChangePasswordHandler,
    ChangeUserRoleHandler,
    DisableUserHandler,
    EnableUserHandler,
    UnlockUserHandler,
    LoginGuard,
    DeviceTrust,
    GetMeHandler,
    ListUsersHandler,
    ListAssignableInspectorsHandler,
    AuthResolver,
    UsersResolver,
  ],
  exports: [UsersDirectory, ActorResolver],
})
export class AccountsModule {}
