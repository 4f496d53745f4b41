import type { Role } from '../shared/actor.js';

/**
 * Account events. `passwordHash` is the argon2id PHC string computed by the handler; a plaintext
 * password never reaches the domain or the log.
 */
export type UserRegistered = {
  type: 'UserRegistered';
  data: {
    userId: string;
    username: string;
    displayName: string;
    role: Role;
    /** Set iff role is UNIT_OFFICER. */
    unitId: string | null;
    passwordHash: string;
    registeredAt: string;
  };
};

export type UserPasswordChanged = {
  type: 'UserPasswordChanged';
  data: { userId: string; passwordHash: string; changedBy: string; changedAt: string };
};

export type UserRoleChanged = {
  type: 'UserRoleChanged';
  data: {
    userId: string;
    oldRole: Role;
    newRole: Role;
    oldUnitId: string | null;
    newUnitId: string | null;
    changedAt: string;
  };
};

export type UserDisabled = {
  type: 'UserDisabled';
  data: { userId: string; username: string; reason: string; disabledAt: string };
};

export type UserEnabled = {
  type: 'UserEnabled';
  data: { userId: string; username: string; enabledAt: string };
};

export type UserEvent = UserRegistered | UserPasswordChanged | UserRoleChanged | UserDisabled | UserEnabled;

/** Appended to `usernameStream(username)` with expected version `no_stream`; see `claimUsername`. */
export type UsernameClaimed = {
  type: 'UsernameClaimed';
  data: { username: string; userId: string; claimedAt: string };
};
