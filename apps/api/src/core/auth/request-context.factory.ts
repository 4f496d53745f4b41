import { Injectable } from '@nestjs/common';
import type { RequestContext } from './request-context.js';
import { AccessTokenService } from './access-token.service.js';
import { ActorResolver } from './actor-resolver.js';

const BEARER = /^Bearer\s+(\S+)$/i;

/** Reads the bearer token of an HTTP request or of a WebSocket's connection parameters. */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly actors: ActorResolver,
  ) {}

  async fromAuthorization(authorization: unknown): Promise<RequestContext> {
    if (typeof authorization !== 'string' || authorization.trim() === '') {
      return { actor: null, rejectedToken: false };
    }
    const token = BEARER.exec(authorization.trim())?.[1];
    const claims = token ? await this.tokens.verify(token) : null;
    const actor = claims ? this.actors.resolve(claims) : null;
    return { actor, rejectedToken: actor === null };
  }

  /** Apollo calls the context function with the Fastify request; graphql-ws with its own context. */
  async create(arg: unknown): Promise<RequestContext> {
    const wsParams = (arg as { connectionParams?: Record<string, unknown> } | null)?.connectionParams;
    if (arg && typeof arg === 'object' && 'connectionParams' in arg) {
      const auth = wsParams?.authorization ?? wsParams?.Authorization;
      return this.fromAuthorization(auth);
    }
    const req = arg as { headers?: Record<string, unknown> } | undefined;
    return { ...(await this.fromAuthorization(req?.headers?.authorization)), req };
  }
}
