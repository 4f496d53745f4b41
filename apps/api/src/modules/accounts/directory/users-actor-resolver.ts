import { Injectable } from '@nestjs/common';
import type { Actor } from '@duban/domain';
import type { AccessTokenClaims } from '../../../core/auth/access-token-claims.js';
import { ActorResolver } from '../../../core/auth/actor-resolver.js';
import { UsersDirectory } from './users-directory.js';

/** The actor is the account as it is now, not as the token remembers it: a disabled account stops at once. */
@Injectable()
export class UsersActorResolver extends ActorResolver {
  constructor(private readonly directory: UsersDirectory) {
    super();
  }

  resolve(claims: AccessTokenClaims): Actor | null {
    const user = this.directory.findById(claims.sub);
    if (!user || user.disabled) return null;
    return { userId: user.id, role: user.role, unitId: user.unitId };
  }
}
