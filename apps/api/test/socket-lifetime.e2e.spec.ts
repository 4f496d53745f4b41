import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ControllableClock } from './support/controllable-clock.js';
import { closeWithin, openLiveSocket } from './support/live-socket.js';
import type { LiveSocket } from './support/live-socket.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const TICKS = 'subscription { serverTime(intervalMs: 100) }';
const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const DISABLE = 'mutation($id: ID!) { disableUser(id: $id, reason: "left the office") { id } }';
const CHANGE_ROLE = 'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }';
const PASSWORD = 'Socket-Pass-2030';
const UNAUTHORIZED = 4401;

describe('a subscription lives no longer than the session and the token that opened it', () => {
  let app: TestApp;
  const clock = new ControllableClock(new Date('2030-06-01T00:00:00.000Z'));
  const sockets: LiveSocket[] = [];
  const open = (token: string) => {
    const socket = openLiveSocket(app.graphqlUrl, TICKS, token);
    sockets.push(socket);
    return socket;
  };
  const person = async (username: string): Promise<string> => {
    const result = await app.gql(
      REGISTER,
      { input: { username, displayName: username, role: 'INSPECTOR', password: PASSWORD } },
      await app.adminToken(),
    );
    expect(result.errors).toBeUndefined();
    return result.data.registerUser.id as string;
  };

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DUBAN_SOCKET_AUTH_CHECK_MS: '100' } });
  });
  afterAll(async () => {
    for (const socket of sockets) await socket.dispose();
    await app?.close();
  });

  it('closes the socket of a session that logs out, tells why, and leaves the other sessions streaming', async () => {
    await person('socket.logout');
    const leaving = await app.login('socket.logout', PASSWORD);
    const staying = await app.login('socket.logout', PASSWORD);
    const here = open(leaving.accessToken);
    const elsewhere = open(staying.accessToken);
    await Promise.all([here.nextResult(), elsewhere.nextResult()]);

    expect((await app.gql(LOGOUT, { t: leaving.refreshToken })).data.logout).toBe(true);
    const close = await closeWithin(here, 5000);
    expect(close).toEqual({ code: UNAUTHORIZED, reason: expect.stringMatching(/session has ended/) });
    expect(await elsewhere.nextResult()).toMatchObject({ data: { serverTime: expect.any(String) } });
  });

  it('closes the sockets of an account an administrator disables', async () => {
    const id = await person('socket.disabled');
    const socket = open((await app.login('socket.disabled', PASSWORD)).accessToken);
    await socket.nextResult();
    expect((await app.gql(DISABLE, { id }, await app.adminToken())).errors).toBeUndefined();
    expect(await closeWithin(socket, 5000)).toMatchObject({ code: UNAUTHORIZED });
  });

  it('closes the sockets of an account whose role changes, so no subscription keeps the old role', async () => {
    const id = await person('socket.promoted');
    const socket = open((await app.login('socket.promoted', PASSWORD)).accessToken);
    await socket.nextResult();
    const changed = await app.gql(
      CHANGE_ROLE,
      { input: { userId: id, role: 'LEADER' } },
      await app.adminToken(),
    );
    expect(changed.errors).toBeUndefined();
    expect(await closeWithin(socket, 5000)).toMatchObject({ code: UNAUTHORIZED });
  });

  it('closes a socket when its access token expires, and a fresh token opens a new one that streams', async () => {
    await person('socket.expiry');
    const session = await app.login('socket.expiry', PASSWORD);
    const socket = open(session.accessToken);
    await socket.nextResult();
    clock.set(new Date(Date.parse(session.expiresAt) - 1000).toISOString());
    expect(await closeWithin(socket, 500)).toBe('still open');
    clock.set(new Date(Date.parse(session.expiresAt) + 1000).toISOString());
    expect(await closeWithin(socket, 5000)).toEqual({
      code: UNAUTHORIZED,
      reason: expect.stringMatching(/expired/),
    });

    const fresh = await app.login('socket.expiry', PASSWORD);
    const again = open(fresh.accessToken);
    expect(await again.nextResult()).toMatchObject({ data: { serverTime: expect.any(String) } });
  });

  it('keeps a socket without a token open: it has nothing to expire, and its public operations run', async () => {
    const socket = openLiveSocket(app.graphqlUrl, 'subscription { serverTime(intervalMs: 100) }');
    sockets.push(socket);
    const first = await socket.nextResult();
    expect(first).toBeDefined();
    expect(await closeWithin(socket, 300)).toBe('still open');
  });
});
