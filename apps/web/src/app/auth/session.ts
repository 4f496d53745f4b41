import type { MeQuery } from '../../generated/graphql.js';

/** The person signed in, exactly the fields the `me` query and the login payload return. */
export type SessionUser = MeQuery['me'];

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: SessionUser;
}

/** Why the last session ended; the login page explains an expiry but not a deliberate logout. */
export type SessionEndReason = 'logout' | 'expired';
