import { createHash, randomBytes, randomUUID } from 'node:crypto';

const SECRET_BYTES = 32;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A refresh token is "<session id>.<random secret>"; only the secret's hash is ever written. */
export interface RefreshToken {
  sessionId: string;
  token: string;
  hash: string;
}

/** A high-entropy secret needs no slow hash: SHA-256 cannot be reversed and guessing is hopeless. */
export const hashRefreshSecret = (token: string): string => createHash('sha256').update(token).digest('hex');

export function newRefreshToken(sessionId: string = randomUUID()): RefreshToken {
  const token = `${sessionId}.${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { sessionId, token, hash: hashRefreshSecret(token) };
}

/** The session a presented token names and the hash to compare; null when it is not shaped like one. */
export function parseRefreshToken(token: string): { sessionId: string; hash: string } | null {
  const dot = token.indexOf('.');
  const sessionId = dot > 0 ? token.slice(0, dot) : '';
  if (!UUID.test(sessionId) || token.length - dot - 1 < SECRET_BYTES) return null;
  return { sessionId, hash: hashRefreshSecret(token) };
}
