import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import { IS_PUBLIC } from './public.decorator.js';
import type { RequestContext } from './request-context.js';

/**
 * Every GraphQL operation needs a logged-in actor unless marked @Public(). Which actor may run which
 * command is not decided here: handlers check the domain's rule with this actor.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (ctx.actor) return true;
    throw ctx.rejectedToken
      ? new UnauthenticatedError('TOKEN_INVALID', 'The access token is invalid or has expired')
      : new UnauthenticatedError();
  }
}
