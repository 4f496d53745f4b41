import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { Public } from '../../../core/auth/public.decorator.js';
import type { RequestContext } from '../../../core/auth/request-context.js';
import { LogInCommand } from '../commands/log-in/log-in.command.js';
import { LogOutCommand } from '../commands/log-out/log-out.command.js';
import { RefreshSessionCommand } from '../commands/refresh-session/refresh-session.command.js';
import { GetMeQuery } from '../queries/get-me/get-me.query.js';
import { AuthPayload } from './auth-payload.object.js';
import { LoginInput } from './login.input.js';
import { Me } from './me.object.js';

/** Fastify's view of the caller's address (the proxy's X-Forwarded-For with DUBAN_TRUST_PROXY). */
const clientAddressOf = (context: RequestContext): string => {
  const ip = (context.req as { ip?: unknown } | undefined)?.ip;
  return typeof ip === 'string' && ip !== '' ? ip : 'websocket';
};

@Resolver()
export class AuthResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Logs in with username and password.' })
  login(@Args('input') input: LoginInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.commands.execute(
      new LogInCommand(input.username, input.password, clientAddressOf(context), input.deviceToken ?? null),
    );
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token for a new pair; the old one is spent.',
  })
  refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.commands.execute(new RefreshSessionCommand(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token.' })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.commands.execute(new LogOutCommand(refreshToken));
  }

  @Query(() => Me)
  me(@CurrentActor() actor: Actor): Promise<Me> {
    return this.queries.execute(new GetMeQuery(actor));
  }
}
