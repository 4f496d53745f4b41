import { describe, expect, it } from 'vitest';
import { contextOf, testActors } from '../shared/testing/actors.js';
import { deciderSpec } from '../shared/testing/decider-spec.js';
import { claimUsername, userDecider } from './user.decide.js';
import type { RegisterUser } from './user.commands.js';
import type { UserEvent } from './user.events.js';
import { userStream, usernameStream } from './user.stream.js';

const NOW = '2024-03-01T09:00:00+08:00';
const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';
const NEW_HASH = '$argon2id$v=19$m=65536,t=3,p=4$b3RoZXJzYWx0$AAAAudvJCsgt3ub+b+dWRWJTmaaJObG';
const admin = contextOf(testActors.admin, NOW);
const spec = deciderSpec(userDecider);

const register = (data: Partial<RegisterUser['data']> = {}): RegisterUser => ({
  type: 'RegisterUser',
  data: {
    userId: 'u1',
    username: 'Wang.Li',
    displayName: '王力',
    role: 'UNIT_OFFICER',
    unitId: 'sfj',
    passwordHash: HASH,
    ...data,
  },
});
const registered: UserEvent = {
  type: 'UserRegistered',
  data: {
    userId: 'u1',
    username: 'wang.li',
    displayName: '王力',
    role: 'UNIT_OFFICER',
    unitId: 'sfj',
    passwordHash: HASH,
    registeredAt: NOW,
  },
};
const disabled: UserEvent = {
  type: 'UserDisabled',
  data: { userId: 'u1', username: 'wang.li', reason: '调离', disabledAt: NOW },
};

describe('accounts', () => {
  it('names the user and username-reservation streams', () => {
    expect(userStream('u1')).toBe('user-u1');
    expect(usernameStream(' Wang.Li ')).toBe('username-wang.li');
    expect(claimUsername('Wang.Li', 'u1', NOW)).toEqual({
      type: 'UsernameClaimed',
      data: { username: 'wang.li', userId: 'u1', claimedAt: NOW },
    });
  });

  it('registers a unit officer bound to a unit, with a lower-case username and the hash only', () => {
    spec.given([]).when(register(), admin).then([registered]);
  });

  it('registers an office user without a unit', () => {
    const [event] = spec
      .given([])
      .when(register({ role: 'DISTRICT_OFFICE', unitId: null }), admin)
      .events();
    expect(event).toMatchObject({ type: 'UserRegistered', data: { role: 'DISTRICT_OFFICE', unitId: null } });
  });

  it('requires a unit for a unit officer and refuses one for any other role', () => {
    spec
      .given([])
      .when(register({ unitId: null }), admin)
      .thenThrows('UNIT_REQUIRED', 'VALIDATION');
    spec
      .given([])
      .when(register({ role: 'INSPECTOR', unitId: 'sfj' }), admin)
      .thenThrows('UNIT_NOT_ALLOWED', 'VALIDATION');
  });

  it('refuses anything but an argon2id hash, so a plaintext password cannot be stored', () => {
    spec
      .given([])
      .when(register({ passwordHash: 'secret123' }), admin)
      .thenThrows('PASSWORD_HASH_INVALID');
  });

  it('refuses a malformed username, an unknown role, and the reserved system id', () => {
    spec
      .given([])
      .when(register({ username: 'a b' }), admin)
      .thenThrows('VALIDATION');
    spec
      .given([])
      .when(register({ role: 'ROOT' as never }), admin)
      .thenThrows('VALIDATION');
    spec
      .given([])
      .when(register({ userId: 'system' }), admin)
      .thenThrows('RESERVED_USER_ID');
  });

  it('refuses to register the same user twice', () => {
    spec.given([registered]).when(register(), admin).thenThrows('USER_ALREADY_EXISTS');
  });

  it.each([['office'], ['inspector'], ['leader']] as const)(
    'lets only the administrator register users: %s may not',
    (who) => {
      spec.given([]).when(register(), contextOf(testActors[who], NOW)).thenThrows('FORBIDDEN', 'FORBIDDEN');
    },
  );

  it('lets users change their own password, recording who changed it', () => {
    spec
      .given([registered])
      .when(
        { type: 'ChangePassword', data: { userId: 'u1', passwordHash: NEW_HASH } },
        contextOf({ userId: 'u1', role: 'UNIT_OFFICER', unitId: 'sfj' }, NOW),
      )
      .then([
        {
          type: 'UserPasswordChanged',
          data: { userId: 'u1', passwordHash: NEW_HASH, changedBy: 'u1', changedAt: NOW },
        },
      ]);
  });

  it('lets the administrator reset a password', () => {
    const [event] = spec
      .given([registered])
      .when({ type: 'ChangePassword', data: { userId: 'u1', passwordHash: NEW_HASH } }, admin)
      .events();
    expect(event).toMatchObject({ data: { changedBy: 'user-admin' } });
  });

  it('refuses a password change for someone else, a disabled user, a missing user or a bad hash', () => {
    const change = { type: 'ChangePassword', data: { userId: 'u1', passwordHash: NEW_HASH } } as const;
    spec.given([registered]).when(change, contextOf(testActors.office, NOW)).thenThrows('FORBIDDEN');
    spec.given([registered, disabled]).when(change, admin).thenThrows('USER_DISABLED');
    spec.given([]).when(change, admin).thenThrows('USER_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([registered])
      .when({ ...change, data: { userId: 'u1', passwordHash: 'plain' } }, admin)
      .thenThrows('PASSWORD_HASH_INVALID');
  });

  it('changes a role, recording old and new role and unit', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeUserRole', data: { userId: 'u1', role: 'INSPECTOR' } }, admin)
      .then([
        {
          type: 'UserRoleChanged',
          data: {
            userId: 'u1',
            oldRole: 'UNIT_OFFICER',
            newRole: 'INSPECTOR',
            oldUnitId: 'sfj',
            newUnitId: null,
            changedAt: NOW,
          },
        },
      ]);
  });

  it('moves a unit officer to another unit', () => {
    const [event] = spec
      .given([registered])
      .when({ type: 'ChangeUserRole', data: { userId: 'u1', role: 'UNIT_OFFICER', unitId: 'gaj' } }, admin)
      .events();
    expect(event).toMatchObject({ data: { oldUnitId: 'sfj', newUnitId: 'gaj' } });
  });

  it('decides nothing when the role and unit are unchanged', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeUserRole', data: { userId: 'u1', role: 'UNIT_OFFICER', unitId: 'sfj' } }, admin)
      .then([]);
  });

  it('refuses role changes that lack a unit, target oneself, a missing user, or come from a non-administrator', () => {
    spec
      .given([registered])
      .when({ type: 'ChangeUserRole', data: { userId: 'u1', role: 'UNIT_OFFICER', unitId: null } }, admin)
      .thenThrows('UNIT_REQUIRED');
    const self = {
      ...registered,
      data: { ...registered.data, userId: 'user-admin', role: 'SYSTEM_ADMIN', unitId: null },
    } as UserEvent;
    spec
      .given([self])
      .when({ type: 'ChangeUserRole', data: { userId: 'user-admin', role: 'LEADER' } }, admin)
      .thenThrows('CANNOT_CHANGE_OWN_ROLE');
    spec
      .given([])
      .when({ type: 'ChangeUserRole', data: { userId: 'u1', role: 'LEADER' } }, admin)
      .thenThrows('USER_NOT_FOUND');
    spec
      .given([registered])
      .when(
        { type: 'ChangeUserRole', data: { userId: 'u1', role: 'LEADER' } },
        contextOf(testActors.office, NOW),
      )
      .thenThrows('FORBIDDEN');
  });

  it('disables a user with a reason and enables them again', () => {
    spec
      .given([registered])
      .when({ type: 'DisableUser', data: { userId: 'u1', reason: '调离' } }, admin)
      .then([disabled]);
    spec
      .given([registered, disabled])
      .when({ type: 'EnableUser', data: { userId: 'u1' } }, admin)
      .then([{ type: 'UserEnabled', data: { userId: 'u1', username: 'wang.li', enabledAt: NOW } }]);
  });

  it('refuses to disable twice, without a reason, oneself, or a missing user', () => {
    spec
      .given([registered, disabled])
      .when({ type: 'DisableUser', data: { userId: 'u1', reason: 'x' } }, admin)
      .thenThrows('USER_DISABLED');
    spec
      .given([registered])
      .when({ type: 'DisableUser', data: { userId: 'u1', reason: ' ' } }, admin)
      .thenThrows('VALIDATION');
    spec
      .given([])
      .when({ type: 'DisableUser', data: { userId: 'user-admin', reason: 'x' } }, admin)
      .thenThrows('USER_NOT_FOUND');
    const self = {
      ...registered,
      data: { ...registered.data, userId: 'user-admin', role: 'SYSTEM_ADMIN', unitId: null },
    } as UserEvent;
    spec
      .given([self])
      .when({ type: 'DisableUser', data: { userId: 'user-admin', reason: 'x' } }, admin)
      .thenThrows('CANNOT_DISABLE_SELF');
  });

  it('refuses to enable an active or missing user, or for a non-administrator', () => {
    spec
      .given([registered])
      .when({ type: 'EnableUser', data: { userId: 'u1' } }, admin)
      .thenThrows('USER_NOT_DISABLED');
    spec
      .given([])
      .when({ type: 'EnableUser', data: { userId: 'u1' } }, admin)
      .thenThrows('USER_NOT_FOUND');
    spec
      .given([registered, disabled])
      .when({ type: 'EnableUser', data: { userId: 'u1' } }, contextOf(testActors.leader, NOW))
      .thenThrows('FORBIDDEN');
  });

  it('applies every account event to the state', () => {
    const history: UserEvent[] = [
      registered,
      {
        type: 'UserPasswordChanged',
        data: { userId: 'u1', passwordHash: NEW_HASH, changedBy: 'u1', changedAt: NOW },
      },
      {
        type: 'UserRoleChanged',
        data: {
          userId: 'u1',
          oldRole: 'UNIT_OFFICER',
          newRole: 'LEADER',
          oldUnitId: 'sfj',
          newUnitId: null,
          changedAt: NOW,
        },
      },
      disabled,
    ];
    const state = history.reduce(userDecider.evolve, userDecider.initialState());
    expect(state).toEqual({
      status: 'DISABLED',
      userId: 'u1',
      username: 'wang.li',
      displayName: '王力',
      role: 'LEADER',
      unitId: null,
      passwordHash: NEW_HASH,
    });
  });
});
