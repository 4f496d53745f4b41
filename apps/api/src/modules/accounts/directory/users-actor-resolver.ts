import { Injectable } from '@nestjs/common';
import type { Actor } from '@duban/domain';
import type { AccessTokenClaims } from '../../../core/auth/access-token-claims.js';
import { ActorResolver } from '../../../core/auth/actor-resolver.js';
import { UsersDirectory } from './users-directory.js';

/**
 * The actor is the account as it is now, not as the token remembers it: a disabled account stops at
 * once, and so does every token issued before a password change, a role change or a logout.
 */
@Injectable()
export class UsersActorResolver extends ActorResolver {
  constructor(private readonly directory: UsersDirectory) {
    super();
  }

  resolve(claims: AccessTokenClaims): Actor | null {
    const user = this.directory.findById(claims.sub);
    if (!user || user.disabled) return null;
    if (claims.ver !== user.tokenVersion || this.directory.isSessionEnded(claims.sid)) return null;
    return { userId: user.id, role: user.role, unitId: user.unitId };
  }
}
