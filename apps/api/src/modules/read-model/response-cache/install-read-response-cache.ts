import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { RequestContextFactory } from '../../../core/auth/request-context.factory.js';
import { GRAPHQL_PATH } from '../../../core/graphql/graphql-options.factory.js';
import { ReadResponseCache } from './read-response-cache.js';
import type { CacheSlot, GraphqlRequestBody } from './read-response-cache.js';

/** Says whether a cacheable read was served from the cache (`hit`) or run (`miss`). */
export const READ_CACHE_HEADER = 'x-read-cache';

const asBody = (body: unknown): GraphqlRequestBody | null => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  )
    return null;
  return body as GraphqlRequestBody;
};

/**
 * Puts the read response cache in front of the GraphQL server: a JSON POST of a cacheable read by a
 * signed-in actor is answered from the cache when it can be, before the GraphQL pipeline runs;
 * otherwise it runs as usual and a successful answer is kept. Everything else passes untouched, so
 * errors, refusals and limits stay the server's.
 */
export function installReadResponseCache(app: NestFastifyApplication): void {
  const cache = app.get(ReadResponseCache);
  const contexts = app.get(RequestContextFactory);
  const slots = new WeakMap<FastifyRequest, CacheSlot>();
  const fastify = app.getHttpAdapter().getInstance();

  fastify.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.url.split('?')[0] !== GRAPHQL_PATH) return;
    const body = asBody(request.body);
    if (!body) return;
    const operation = cache.operation(body);
    if (!operation) return;
    const { actor } = await contexts.fromAuthorization(request.headers.authorization);
    // Unauthenticated or refused tokens get the server's own answer.
    if (!actor) return;
    const key = await cache.key(actor, body);
    const serve = (text: string) => {
      reply.header('content-type', 'application/json; charset=utf-8');
      reply.header(READ_CACHE_HEADER, 'hit');
      return reply.send(text);
    };
    const stored = cache.lookup(key);
    if (stored !== undefined) return serve(stored);
    // The same question already running (a dashboard full of clients after a change): wait for it
    // rather than computing it again; if its answer was not kept, run this one as well.
    const lead = await cache.joinOrLead(key);
    if (lead === true) {
      const shared = cache.lookup(key);
      if (shared !== undefined) return serve(shared);
    }
    slots.set(request, { key, operation, variables: body.variables ?? undefined, leads: lead === null });
    reply.header(READ_CACHE_HEADER, 'miss');
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    const slot = slots.get(request);
    if (slot && reply.statusCode === 200 && typeof payload === 'string') cache.store(slot, payload);
    if (slot?.leads) cache.settle(slot.key);
    return payload;
  });
  // A request that ends without a response sent (client gone) must not leave followers waiting.
  const release = async (request: FastifyRequest): Promise<void> => {
    const slot = slots.get(request);
    if (slot?.leads) cache.settle(slot.key);
  };
  fastify.addHook('onResponse', release);
  fastify.addHook('onRequestAbort', release);
}
