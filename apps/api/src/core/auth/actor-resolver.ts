import type { Actor } from '@duban/domain';
import type { AccessTokenClaims } from './access-token-claims.js';

/**
 * Turns verified token claims into the actor of a request, or null when the account may no longer act
 * (disabled, removed). The accounts module provides it, so role changes and disabling apply at once.
 */
export abstract class ActorResolver {
  abstract resolve(claims: AccessTokenClaims): Actor | null;
}
