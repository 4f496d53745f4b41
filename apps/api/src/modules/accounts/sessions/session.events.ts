/**
 * A login session: the refresh token is never stored, only its SHA-256. Each refresh replaces the
 * hash, so a token works once; presenting a replaced one ends the session (it was copied).
 */
export type SessionStarted = {
  type: 'SessionStarted';
  data: {
    sessionId: string;
    userId: string;
    tokenHash: string;
    expiresAt: string;
    startedAt: string;
    /** The account's token version at login; the session ends once the account's moves on. */
    tokenVersion?: number;
  };
};
export type SessionRefreshed = {
  type: 'SessionRefreshed';
  data: { sessionId: string; userId: string; tokenHash: string; expiresAt: string; refreshedAt: string };
};
export type SessionEnded = {
  type: 'SessionEnded';
  data: { sessionId: string; userId: string; reason: SessionEndReason; endedAt: string };
};
/** REVOKED: the password, role or status of the account changed after the session started. */
export type SessionEndReason = 'LOGOUT' | 'TOKEN_REUSED' | 'REVOKED';
export type SessionEvent = SessionStarted | SessionRefreshed | SessionEnded;

/** Event stream of one login session. */
export const sessionStream = (sessionId: string): string => `session-${sessionId}`;
