import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenService } from '../auth/access-token.service.js';
import type { AppConfig } from '../config/app-config.js';
import { RateLimitedError } from '../errors/rate-limited.error.js';
import { GRAPHQL_PATH } from '../graphql/graphql-options.factory.js';
import { RequestLimits } from './request-limits.js';

/** Paths of the API (GraphQL, files, downloads, metrics); the web app's static files are not counted. */
const API_PATHS = [
  /^\/graphql$/,
  /^\/files(\/|$)/,
  /^\/reports\//,
  /^\/ledgers\//,
  /^\/integrity\//,
  /^\/metrics$/,
];

const BEARER = /^Bearer\s+(\S+)$/i;

/** Downloads rebuilt from the whole log (the annual report, the ledgers): expensive work, one place each. */
const EXPENSIVE_PATHS = [/^\/reports\//, /^\/ledgers\//];

const TIMEOUT_RESPONSE = [
  'HTTP/1.1 408 Request Timeout',
  'Connection: close',
  'Content-Type: application/json; charset=utf-8',
  '',
  JSON.stringify({
    code: 'VALIDATION',
    reason: 'REQUEST_TIMEOUT',
    message: 'The request did not arrive in time',
  }),
].join('\r\n');

/** A refusal in the shape the path's clients read: a GraphQL error on /graphql, a problem elsewhere. */
const refuse = (request: FastifyRequest, reply: FastifyReply, error: RateLimitedError) => {
  const path = request.url.split('?')[0];
  reply.code(429).header('retry-after', String(error.retryAfterSeconds));
  const details = { retryAfterSeconds: error.retryAfterSeconds };
  return path === GRAPHQL_PATH
    ? reply.send({
        errors: [
          { message: error.message, extensions: { code: 'RATE_LIMITED', reason: error.reason, details } },
        ],
      })
    : reply.send({ code: 'RATE_LIMITED', reason: error.reason, message: error.message, ...details });
};

/**
 * Request timeout and rate limits on the Fastify instance (the body limit and the idle timeout are
 * options of the adapter, see `createApp`):
 * - every request must have arrived in full within `DUBAN_REQUEST_TIMEOUT_MS` (a body trickling in a
 *   byte at a time holds a connection and memory for nothing); past it the connection is answered 408
 *   and closed;
 * - API requests count against their client address and, with a valid access token, their user; past
 *   either limit they are answered 429 RATE_LIMITED with Retry-After, before any work;
 * - downloads rebuilt from the log take a place of the user's expensive work while they run, like
 *   expensive GraphQL fields.
 */
export function applyHttpLimits(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  const limits = app.get(RequestLimits);
  const tokens = app.get(AccessTokenService);
  const timers = new WeakMap<FastifyRequest, NodeJS.Timeout>();
  const places = new WeakMap<FastifyRequest, () => void>();

  fastify.addHook('onRequest', async (request, reply) => {
    const timer = setTimeout(() => {
      if (request.raw.complete || request.raw.socket.destroyed) return;
      request.raw.socket.end(TIMEOUT_RESPONSE);
      request.raw.socket.destroySoon();
    }, config.requestTimeoutMs);
    timer.unref();
    timers.set(request, timer);

    const path = request.url.split('?')[0] ?? '';
    if (request.method === 'OPTIONS' || !API_PATHS.some((p) => p.test(path))) return;
    const authorization = request.headers.authorization;
    const token = typeof authorization === 'string' ? BEARER.exec(authorization.trim())?.[1] : undefined;
    const claims = token ? await tokens.verify(token) : null;
    try {
      limits.admitRequest(request.ip, claims?.sub ?? null);
      if (claims && request.method === 'GET' && EXPENSIVE_PATHS.some((p) => p.test(path))) {
        const release = await limits.acquireExpensive(claims.sub);
        // A client that left while waiting for a place gives it back at once.
        if (request.raw.socket.destroyed) release();
        else places.set(request, release);
      }
    } catch (error) {
      if (error instanceof RateLimitedError) return refuse(request, reply, error);
      throw error;
    }
  });
  const clear = async (request: FastifyRequest) => {
    const timer = timers.get(request);
    if (timer) clearTimeout(timer);
    timers.delete(request);
    places.get(request)?.();
    places.delete(request);
  };
  fastify.addHook('onResponse', clear);
  fastify.addHook('onRequestAbort', clear);
}
