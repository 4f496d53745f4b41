import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';

/**
 * For the web app and the API. antd writes its styles at run time (CSS-in-JS), hence inline styles;
 * scripts only from this origin; GraphQL and its WebSocket go to this origin ('self' covers ws: and
 * wss: of the same host in CSP 3); nothing may frame the app.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The GraphiQL page of an embedded install loads its scripts and styles from unpkg, inline included. */
const GRAPHIQL_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent on every response, whatever produced it (API, static files, errors, 404s). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-dns-prefetch-control': 'off',
  'x-permitted-cross-domain-policies': 'none',
};

/** Two years, subdomains included: once a browser has seen HTTPS here it never tries plain HTTP. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

const isGraphiqlPage = (request: FastifyRequest, reply: FastifyReply): boolean =>
  request.method === 'GET' &&
  request.url.split('?')[0] === '/graphql' &&
  String(reply.getHeader('content-type') ?? '').startsWith('text/html');

/**
 * Security headers on every response and CORS only for the configured origins. Without
 * DUBAN_CORS_ORIGINS no CORS headers are sent at all, so browsers keep other sites out (same origin).
 * Strict-Transport-Security goes only on responses that came over TLS, directly or, with
 * DUBAN_TRUST_PROXY, as the proxy's X-Forwarded-Proto says: over plain HTTP the header is ignored and
 * would only mislead.
 */
export function applyHttpSecurity(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    reply.header(
      'content-security-policy',
      config.mode === 'embedded' && isGraphiqlPage(request, reply)
        ? GRAPHIQL_POLICY
        : CONTENT_SECURITY_POLICY,
    );
    if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    return payload;
  });
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
      // Access tokens travel in the Authorization header, never in cookies: no credentials mode.
      credentials: false,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
      maxAge: 600,
    });
  }
}
