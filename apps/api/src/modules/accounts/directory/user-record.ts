import type { Role } from '@duban/domain';

/** One account as logins and the account screens need it. */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  disabled: boolean;
  passwordHash: string;
  /**
   * Goes up with every change that must end the account's sessions (password, role, disabling).
   * Tokens and sessions carry the value they were issued under and stop working once it moves on.
   */
  tokenVersion: number;
  /** Until when logins are refused after repeated failures; null when not locked (or unlocked). */
  lockedUntil: Date | null;
}
