import type { Role } from '../shared/actor.js';

export type RegisterUser = {
  type: 'RegisterUser';
  data: {
    userId: string;
    username: string;
    displayName: string;
    role: Role;
    /** Required iff role is UNIT_OFFICER; must be absent/null otherwise. */
    unitId?: string | null;
    /** argon2id PHC string, hashed by the handler before deciding. */
    passwordHash: string;
  };
};
export type ChangePassword = { type: 'ChangePassword'; data: { userId: string; passwordHash: string } };
export type ChangeUserRole = {
  type: 'ChangeUserRole';
  data: { userId: string; role: Role; unitId?: string | null };
};
export type DisableUser = { type: 'DisableUser'; data: { userId: string; reason: string } };
export type EnableUser = { type: 'EnableUser'; data: { userId: string } };

export type UserCommand = RegisterUser | ChangePassword | ChangeUserRole | DisableUser | EnableUser;
