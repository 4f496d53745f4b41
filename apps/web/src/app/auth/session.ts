import type { SessionUserFields } from '../../modules/auth/graphql/auth-operations.handwritten.js';

export type SessionUser = Omit<SessionUserFields, '__typename'>;

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: SessionUser;
}

/** Why the last session ended; the login page explains an expiry but not a deliberate logout. */
export type SessionEndReason = 'logout' | 'expired';
