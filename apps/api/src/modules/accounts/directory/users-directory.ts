import type { UserRecord } from './user-record.js';

/**
 * Looks accounts up for logins, tokens and the account screens. Today it is kept in memory from the
 * event log; a read-model table can replace it behind this interface.
 */
export abstract class UsersDirectory {
  abstract findById(userId: string): UserRecord | undefined;
  /** Usernames compare case-insensitively. */
  abstract findByUsername(username: string): UserRecord | undefined;
  abstract list(): UserRecord[];
  /** A unit's current name, for showing who acted on whose behalf. */
  abstract unitName(unitId: string): string | undefined;
  /** Reads one account's streams now, so a change the caller just made is visible to its next request. */
  abstract refresh(userId: string): Promise<void>;
  /** True when the session was ended recently enough that its access tokens may still be unexpired. */
  abstract isSessionEnded(sessionId: string): boolean;
  /** Records at once a session the caller just ended (the log brings it to other instances). */
  abstract noteSessionEnded(sessionId: string, endedAt: string): void;
}
