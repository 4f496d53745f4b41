/**
 * Account locks after repeated refused logins. They live in a stream of their own beside the account,
 * so every instance (and every restart) sees the same lock while counting failures stays in memory.
 */
export type UserLockedOut = {
  type: 'UserLockedOut';
  data: { userId: string; username: string; failures: number; lockedUntil: string; lockedAt: string };
};
export type UserUnlocked = {
  type: 'UserUnlocked';
  data: { userId: string; username: string; unlockedBy: string; unlockedAt: string };
};
export type LockoutEvent = UserLockedOut | UserUnlocked;

/** Event stream of one account's login locks. */
export const loginLockStream = (userId: string): string => `login-lock-${userId}`;
