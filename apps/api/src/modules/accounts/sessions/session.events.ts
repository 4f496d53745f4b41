/**
 * A login session: the refresh token is never stored, only its SHA-256. Each refresh replaces the
 * hash, so a token works once; presenting a replaced one ends the session (it was copied).
 */
export type SessionStarted = {
  type: 'SessionStarted';
  data: { sessionId: string; userId: string; tokenHash: string; expiresAt: string; startedAt: string };
};
export type SessionRefreshed = {
  type: 'SessionRefreshed';
  data: { sessionId: string; userId: string; tokenHash: string; expiresAt: string; refreshedAt: string };
};
export type SessionEnded = {
  type: 'SessionEnded';
  data: { sessionId: string; userId: string; reason: SessionEndReason; endedAt: string };
};
export type SessionEndReason = 'LOGOUT' | 'TOKEN_REUSED';
export type SessionEvent = SessionStarted | SessionRefreshed | SessionEnded;

/** Event stream of one login session. */
export const sessionStream = (sessionId: string): string => `session-${sessionId}`;
