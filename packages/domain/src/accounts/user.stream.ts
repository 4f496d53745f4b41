/** Event stream holding one user account. */
export const userStream = (userId: string): string => `user-${userId}`;

/**
 * Reservation stream for a username: the register handler appends to it with expected version
 * `no_stream` so two accounts can never share a name, without a read-model check that could race.
 */
export const usernameStream = (username: string): string => `username-${username.trim().toLowerCase()}`;
