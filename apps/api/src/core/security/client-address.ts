import type { IncomingMessage } from 'node:http';

/**
 * The client's address of a raw Node request: the socket's peer, or behind a trusted reverse proxy the
 * first address of X-Forwarded-For (as Fastify's `request.ip` does for HTTP requests).
 */
export function clientAddressOf(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? 'unknown';
}
