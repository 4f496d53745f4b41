import type { Actor } from '@duban/domain';

/** The GraphQL context of one operation, over HTTP or WebSocket. */
export interface RequestContext {
  /** The authenticated actor; null when no valid token came with the request. */
  actor: Actor | null;
  /** Set when a token came but was not accepted (expired, bad signature, disabled account). */
  rejectedToken: boolean;
  /** The Fastify request for HTTP operations; absent on WebSocket operations. */
  req?: unknown;
}
