import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@duban/domain';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import type { RequestContext } from './request-context.js';

/** The authenticated actor of the request; handlers take it from here, never from arguments. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(context).getContext<RequestContext>().actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
