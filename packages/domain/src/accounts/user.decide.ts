import type { DecisionContext, Role } from '../shared/actor.js';
import { ROLES } from '../shared/actor.js';
import { invalidState, notFound, validation } from '../shared/domain-error.js';
import { SYSTEM_ACTOR } from '../shared/system-actor.js';
import { TEXT_LIMITS, requireText } from '../shared/validation.js';
import { assertMayRunUserCommand } from './user.access.js';
import type { UserCommand } from './user.commands.js';
import type { UserEvent, UsernameClaimed } from './user.events.js';
import { evolveUser, initialUserState } from './user.state.js';
import type { UserState } from './user.state.js';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** Only argon2id PHC strings are accepted, which also keeps a plaintext password out of the log. */
const ARGON2ID_HASH = /^\$argon2id\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/;

export const normaliseUsername = (value: unknown): string => {
  const username = requireText('username', value, TEXT_LIMITS.id).toLowerCase();
  if (!USERNAME.test(username)) {
    throw validation(
      'VALIDATION',
      'username: letters, digits, dot, dash and underscore, 2 to 64 characters',
      {
        field: 'username',
        value,
      },
    );
  }
  return username;
};

const requireHash = (value: unknown): string => {
  if (typeof value !== 'string' || !ARGON2ID_HASH.test(value)) {
    throw validation('PASSWORD_HASH_INVALID', 'passwordHash: must be an argon2id hash', {
      field: 'passwordHash',
    });
  }
  return value;
};

const requireRole = (value: unknown): Role => {
  if (typeof value === 'string' && (ROLES as readonly string[]).includes(value)) return value as Role;
  throw validation('VALIDATION', `role: must be one of ${ROLES.join(', ')}`, { field: 'role', value });
};

/** A unit officer acts for exactly one unit; nobody else is bound to a unit. */
const unitForRole = (role: Role, unitId: unknown): string | null => {
  if (role === 'UNIT_OFFICER') {
    if (unitId === undefined || unitId === null || unitId === '') {
      throw validation('UNIT_REQUIRED', 'unitId: a unit officer needs a unit', { field: 'unitId' });
    }
    return requireText('unitId', unitId, TEXT_LIMITS.id);
  }
  if (unitId !== undefined && unitId !== null && unitId !== '') {
    throw validation('UNIT_NOT_ALLOWED', `unitId: only a unit officer is bound to a unit, not ${role}`, {
      field: 'unitId',
      role,
    });
  }
  return null;
};

const existing = (state: UserState, userId: string) => {
  if (state.status === 'NONE') throw notFound('USER_NOT_FOUND', `user ${userId} does not exist`, { userId });
  return state;
};

/**
 * Decides account commands. Access is checked first, then existence, then input and state. Username
 * uniqueness spans streams: the handler also appends `claimUsername(...)` to `usernameStream`.
 */
export const decideUser = (command: UserCommand, state: UserState, ctx: DecisionContext): UserEvent[] => {
  assertMayRunUserCommand(command, ctx.actor);
  switch (command.type) {
    case 'RegisterUser': {
      if (state.status !== 'NONE') {
        throw invalidState('USER_ALREADY_EXISTS', `user ${state.userId} already exists`, {
          userId: state.userId,
        });
      }
      const userId = requireText('userId', command.data.userId, TEXT_LIMITS.id);
      if (userId === SYSTEM_ACTOR.userId) {
        throw validation('RESERVED_USER_ID', `user id ${userId} is reserved for automatic actions`, {
          userId,
        });
      }
      const role = requireRole(command.data.role);
      return [
        {
          type: 'UserRegistered',
          data: {
            userId,
            username: normaliseUsername(command.data.username),
            displayName: requireText('displayName', command.data.displayName, TEXT_LIMITS.name),
            role,
            unitId: unitForRole(role, command.data.unitId),
            passwordHash: requireHash(command.data.passwordHash),
            registeredAt: ctx.now,
          },
        },
      ];
    }
    case 'ChangePassword': {
      const user = existing(state, command.data.userId);
      if (user.status === 'DISABLED') {
        throw invalidState('USER_DISABLED', `user ${user.username} is disabled`, { userId: user.userId });
      }
      return [
        {
          type: 'UserPasswordChanged',
          data: {
            userId: user.userId,
            passwordHash: requireHash(command.data.passwordHash),
            changedBy: ctx.actor.userId,
            changedAt: ctx.now,
          },
        },
      ];
    }
    case 'ChangeUserRole': {
      const user = existing(state, command.data.userId);
      if (user.userId === ctx.actor.userId) {
        throw invalidState('CANNOT_CHANGE_OWN_ROLE', 'an administrator cannot change their own role', {
          userId: user.userId,
        });
      }
      const role = requireRole(command.data.role);
      const unitId = unitForRole(role, command.data.unitId);
      if (role === user.role && unitId === user.unitId) return [];
      return [
        {
          type: 'UserRoleChanged',
          data: {
            userId: user.userId,
            oldRole: user.role,
            newRole: role,
            oldUnitId: user.unitId,
            newUnitId: unitId,
            changedAt: ctx.now,
          },
        },
      ];
    }
    case 'DisableUser': {
      const user = existing(state, command.data.userId);
      if (user.userId === ctx.actor.userId) {
        throw invalidState('CANNOT_DISABLE_SELF', 'an administrator cannot disable their own account', {
          userId: user.userId,
        });
      }
      if (user.status === 'DISABLED') {
        throw invalidState('USER_DISABLED', `user ${user.username} is already disabled`, {
          userId: user.userId,
        });
      }
      return [
        {
          type: 'UserDisabled',
          data: {
            userId: user.userId,
            username: user.username,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            disabledAt: ctx.now,
          },
        },
      ];
    }
    case 'EnableUser': {
      const user = existing(state, command.data.userId);
      if (user.status === 'ACTIVE') {
        throw invalidState('USER_NOT_DISABLED', `user ${user.username} is not disabled`, {
          userId: user.userId,
        });
      }
      return [
        { type: 'UserEnabled', data: { userId: user.userId, username: user.username, enabledAt: ctx.now } },
      ];
    }
    default: {
      const unexpected: never = command;
      throw validation('VALIDATION', `unknown command ${(unexpected as { type: string }).type}`, {});
    }
  }
};

/** Accounts as one emmett-style decider. */
export const userDecider = { decide: decideUser, evolve: evolveUser, initialState: initialUserState };

/** The event the register handler appends to `usernameStream(username)` with expected version `no_stream`. */
export const claimUsername = (username: string, userId: string, now: string): UsernameClaimed => ({
  type: 'UsernameClaimed',
  data: { username: normaliseUsername(username), userId, claimedAt: now },
});
