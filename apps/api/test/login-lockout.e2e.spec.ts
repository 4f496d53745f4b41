import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@duban/event-store';
import { createApp } from '../src/create-app.js';
import { ControllableClock } from './support/controllable-clock.js';
import { startTestApp, TEST_ADMIN } from './support/start-test-app.js';
import type { GraphqlResponse, TestApp } from './support/start-test-app.js';

const LOGIN =
  'mutation($input: LoginInput!) { login(input: $input) { accessToken deviceToken user { id } } }';
const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const UNLOCK = 'mutation($id: ID!) { unlockUser(id: $id) { id lockedUntil } }';
const USERS = '{ users { username lockedUntil } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
const PASSWORD = 'Right-Pass-2024';
const START = '2030-03-01T08:00:00.000Z';

const reasonOf = (result: GraphqlResponse) => result.errors?.[0]?.extensions?.reason;

describe('login lockout after repeated failures', () => {
  let app: TestApp;
  let admin: string;
  const clock = new ControllableClock(new Date(START));
  const attempt = (username: string, password: string) => app.gql(LOGIN, { input: { username, password } });
  const person = async (username: string): Promise<string> => {
    // A fresh token each time: these tests move the clock past the access-token lifetime.
    admin = (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).accessToken;
    const result = await app.gql(
      REGISTER,
      { input: { username, displayName: username, role: 'INSPECTOR', password: PASSWORD } },
      admin,
    );
    return result.data.registerUser.id as string;
  };
  const advanceMinutes = (minutes: number) =>
    clock.set(new Date(clock.now().getTime() + minutes * 60_000).toISOString());

  beforeAll(async () => {
    app = await startTestApp({
      clock,
      env: {
        DUBAN_LOGIN_MAX_FAILURES: '3',
        DUBAN_LOGIN_WINDOW: '15m',
        DUBAN_LOCKOUT: '10m',
        DUBAN_LOGIN_RATE_LIMIT: '1000',
      },
    });
    admin = await app.adminToken();
  });
  afterAll(() => app?.close());

  it('locks the account at the last allowed failure and then refuses even the right password, saying until when', async () => {
    const id = await person('lock.a');
    expect(reasonOf(await attempt('lock.a', 'wrong-1'))).toBe('INVALID_CREDENTIALS');
    expect(reasonOf(await attempt('lock.a', 'wrong-2'))).toBe('INVALID_CREDENTIALS');
    const locking = await attempt('lock.a', 'wrong-3');
    const until = new Date(clock.now().getTime() + 10 * 60_000).toISOString();
    expect(locking.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'ACCOUNT_LOCKED',
      details: { retryAfter: until, retryAfterSeconds: 600 },
    });
    advanceMinutes(1);
    const right = await attempt('lock.a', PASSWORD);
    expect(right.data).toBeNull();
    expect(right.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'ACCOUNT_LOCKED',
      details: { retryAfter: until, retryAfterSeconds: 540 },
    });

    const lockEvents = await app.store.readStream(`login-lock-${id}`);
    expect(lockEvents.map((e) => [e.type, e.data])).toEqual([
      [
        'UserLockedOut',
        { userId: id, username: 'lock.a', failures: 3, lockedUntil: until, lockedAt: expect.any(String) },
      ],
    ]);
    const users = await app.gql(USERS, {}, admin);
    expect(users.data.users).toContainEqual({ username: 'lock.a', lockedUntil: until });
  });

  it('lets the person in again once the lock has run out', async () => {
    await person('lock.b');
    for (const n of [1, 2, 3]) await attempt('lock.b', `wrong-${n}`);
    advanceMinutes(9);
    expect(reasonOf(await attempt('lock.b', PASSWORD))).toBe('ACCOUNT_LOCKED');
    advanceMinutes(1);
    const after = await attempt('lock.b', PASSWORD);
    expect(after.errors).toBeUndefined();
    expect(after.data.login.accessToken).toBeTruthy();
  });

  it('does not add up failures further apart than the window, and starts afresh after a success', async () => {
    await person('lock.c');
    await attempt('lock.c', 'wrong-1');
    await attempt('lock.c', 'wrong-2');
    advanceMinutes(16);
    expect(reasonOf(await attempt('lock.c', 'wrong-3'))).toBe('INVALID_CREDENTIALS');
    expect((await attempt('lock.c', PASSWORD)).errors).toBeUndefined();
    expect(reasonOf(await attempt('lock.c', 'wrong-4'))).toBe('INVALID_CREDENTIALS');
    expect(reasonOf(await attempt('lock.c', 'wrong-5'))).toBe('INVALID_CREDENTIALS');
    expect((await attempt('lock.c', PASSWORD)).errors).toBeUndefined();
  });

  it('lets an administrator unlock at once, and no one else', async () => {
    const id = await person('lock.d');
    for (const n of [1, 2, 3]) await attempt('lock.d', `wrong-${n}`);
    const other = await person('lock.other');
    const otherToken = (await app.login('lock.other', PASSWORD)).accessToken;
    const refused = await app.gql(UNLOCK, { id }, otherToken);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(reasonOf(await attempt('lock.d', PASSWORD))).toBe('ACCOUNT_LOCKED');

    admin = (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).accessToken;
    const unlocked = await app.gql(UNLOCK, { id }, admin);
    expect(unlocked).toEqual({ data: { unlockUser: { id, lockedUntil: null } } });
    expect((await attempt('lock.d', PASSWORD)).errors).toBeUndefined();
    const events = await app.store.readStream(`login-lock-${id}`);
    expect(events.map((e) => e.type)).toEqual(['UserLockedOut', 'UserUnlocked']);
    expect(events[1]?.metadata.actor.role).toBe('SYSTEM_ADMIN');
    expect(other).not.toBe(id);
  });

  it('answers a name without an account like a real one, locking it too, and writes nothing for it', async () => {
    const before = (await app.store.readAll()).length;
    expect(reasonOf(await attempt('nobody.here', 'wrong-1'))).toBe('INVALID_CREDENTIALS');
    expect(reasonOf(await attempt('nobody.here', 'wrong-2'))).toBe('INVALID_CREDENTIALS');
    expect(reasonOf(await attempt('nobody.here', 'wrong-3'))).toBe('ACCOUNT_LOCKED');
    expect(reasonOf(await attempt('NOBODY.here', 'wrong-4'))).toBe('ACCOUNT_LOCKED');
    expect((await app.store.readAll()).length).toBe(before);
  });

  it('counts wrong current passwords given to changePassword like refused logins, locking the account', async () => {
    const id = await person('lock.f');
    // Whoever holds a stolen access token may not guess the password through changePassword.
    const token = (await app.login('lock.f', PASSWORD)).accessToken;
    const change = (currentPassword: string) =>
      app.gql(
        CHANGE_PASSWORD,
        { input: { userId: id, currentPassword, newPassword: 'Taken-Over-2031' } },
        token,
      );
    expect(reasonOf(await change('guess-1'))).toBe('CURRENT_PASSWORD_WRONG');
    expect(reasonOf(await change('guess-2'))).toBe('CURRENT_PASSWORD_WRONG');
    expect(reasonOf(await change('guess-3'))).toBe('ACCOUNT_LOCKED');
    expect(reasonOf(await change(PASSWORD))).toBe('ACCOUNT_LOCKED');
    expect(reasonOf(await attempt('lock.f', PASSWORD))).toBe('ACCOUNT_LOCKED');
    const events = await app.store.readStream(`login-lock-${id}`);
    expect(events.map((e) => e.type)).toEqual(['UserLockedOut']);
    expect(
      (await app.store.readAll({ limit: 100_000 })).some(
        (e) => e.type === 'UserPasswordChanged' && (e.data as { userId?: string }).userId === id,
      ),
    ).toBe(false);
  });

  it('starts the count afresh after a right current password, as after a successful login', async () => {
    const id = await person('lock.g');
    const token = (await app.login('lock.g', PASSWORD)).accessToken;
    const change = (currentPassword: string, newPassword: string) =>
      app.gql(CHANGE_PASSWORD, { input: { userId: id, currentPassword, newPassword } }, token);
    expect(reasonOf(await change('guess-1', 'Second-Pass-2031'))).toBe('CURRENT_PASSWORD_WRONG');
    expect(reasonOf(await change('guess-2', 'Second-Pass-2031'))).toBe('CURRENT_PASSWORD_WRONG');
    expect((await change(PASSWORD, 'Second-Pass-2031')).errors).toBeUndefined();
    expect(reasonOf(await attempt('lock.g', 'wrong-1'))).toBe('INVALID_CREDENTIALS');
    expect(reasonOf(await attempt('lock.g', 'wrong-2'))).toBe('INVALID_CREDENTIALS');
    expect((await attempt('lock.g', 'Second-Pass-2031')).errors).toBeUndefined();
  });

  it('lets a device that logged in before pass a lock others set, with the right password only', async () => {
    const id = await person('lock.h');
    const own = await app.gql(LOGIN, { input: { username: 'lock.h', password: PASSWORD } });
    const deviceToken = own.data.login.deviceToken as string;
    expect(deviceToken).toMatch(/^dv1\./);
    // Someone else, elsewhere, locks the account with wrong guesses.
    for (const n of [1, 2, 3]) await attempt('lock.h', `wrong-${n}`);
    expect(reasonOf(await attempt('lock.h', PASSWORD))).toBe('ACCOUNT_LOCKED');

    const fromDevice = (password: string, token = deviceToken) =>
      app.gql(LOGIN, { input: { username: 'lock.h', password, deviceToken: token } });
    const passed = await fromDevice(PASSWORD);
    expect(passed.errors).toBeUndefined();
    expect(passed.data.login.user.id).toBe(id);

    // Not a token this deployment issued for this account: the lock holds.
    const other = (await app.gql(LOGIN, { input: { username: 'lock.other', password: PASSWORD } })).data.login
      .deviceToken as string;
    expect(reasonOf(await fromDevice(PASSWORD, other))).toBe('ACCOUNT_LOCKED');
    expect(reasonOf(await fromDevice(PASSWORD, `${deviceToken.slice(0, -2)}xx`))).toBe('ACCOUNT_LOCKED');

    // The device's own wrong passwords count against it: after the allowance it is locked out too.
    for (const n of [1, 2, 3]) {
      expect(reasonOf(await fromDevice(`wrong-${n}`))).toBe('INVALID_CREDENTIALS');
    }
    expect(reasonOf(await fromDevice(PASSWORD))).toBe('ACCOUNT_LOCKED');
    expect((await app.store.readStream(`login-lock-${id}`)).map((e) => e.type)).toEqual(['UserLockedOut']);
  });

  it('keeps the lock on another instance and after a restart: it is in the event log, not in memory', async () => {
    await person('lock.e');
    for (const n of [1, 2, 3]) await attempt('lock.e', `wrong-${n}`);
    // A second application over the same store, with counters of its own (nothing in memory).
    const shared = new Proxy(app.store, {
      get: (target, key) =>
        key === 'close'
          ? async () => undefined
          : typeof target[key as keyof EventStore] === 'function'
            ? (target[key as keyof EventStore] as (...args: unknown[]) => unknown).bind(target)
            : target[key as keyof EventStore],
    });
    const second = await createApp(app.config, { store: shared, clock, logger: false });
    await second.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = second.getHttpServer().address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: LOGIN,
          variables: { input: { username: 'lock.e', password: PASSWORD } },
        }),
      });
      expect(reasonOf((await response.json()) as GraphqlResponse)).toBe('ACCOUNT_LOCKED');
    } finally {
      await second.close();
    }
  });
});

describe('login attempts per client address', () => {
  let app: TestApp;
  const clock = new ControllableClock(new Date(START));
  const loginFrom = async (address: string | null, password: string) => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'admin', password } } }),
    });
    return (await response.json()) as GraphqlResponse;
  };

  beforeAll(async () => {
    app = await startTestApp({
      clock,
      env: { DUBAN_LOGIN_RATE_LIMIT: '3', DUBAN_LOGIN_RATE_WINDOW: '1m', DUBAN_TRUST_PROXY: 'true' },
    });
  });
  afterAll(() => app?.close());

  it('refuses attempts past the limit as RATE_LIMITED, right password or not, until the window moves on', async () => {
    const password = TEST_ADMIN.password;
    expect((await loginFrom('203.0.113.7', password)).errors).toBeUndefined();
    expect(reasonOf(await loginFrom('203.0.113.7', 'wrong-password'))).toBe('INVALID_CREDENTIALS');
    expect((await loginFrom('203.0.113.7', password)).errors).toBeUndefined();
    const limited = await loginFrom('203.0.113.7', password);
    expect(limited.data).toBeNull();
    expect(limited.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: 60 },
    });

    expect((await loginFrom('198.51.100.20', password)).errors).toBeUndefined();

    clock.set(new Date(Date.parse(START) + 61_000).toISOString());
    expect((await loginFrom('203.0.113.7', password)).errors).toBeUndefined();
  });
});
