import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ControllableClock } from './support/controllable-clock.js';
import { startTestApp, TEST_ADMIN } from './support/start-test-app.js';
import type { GraphqlResponse, TestApp } from './support/start-test-app.js';

const ME = '{ me { username role } }';
const REFRESH = 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
const CHANGE_ROLE = 'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role } }';
const PASSWORD = 'First-Pass-2030';
const START = Date.parse('2030-06-01T00:00:00.000Z');

const reasonOf = (result: GraphqlResponse) => result.errors?.[0]?.extensions?.reason;

describe('token lifetimes and revocation', () => {
  let app: TestApp;
  const clock = new ControllableClock(new Date(START));
  const later = (seconds: number) =>
    clock.set(new Date(clock.now().getTime() + seconds * 1000).toISOString());
  const admin = async () => (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).accessToken;
  const person = async (username: string): Promise<string> => {
    const result = await app.gql(
      REGISTER,
      { input: { username, displayName: username, role: 'INSPECTOR', password: PASSWORD } },
      await admin(),
    );
    return result.data.registerUser.id as string;
  };

  beforeAll(async () => {
    app = await startTestApp({ clock });
  });
  afterAll(() => app?.close());

  it('stops an access token when its 15 minutes are up and lets the refresh token get a new one', async () => {
    await person('ttl.a');
    const session = await app.login('ttl.a', PASSWORD);
    later(15 * 60 - 1);
    expect((await app.gql(ME, {}, session.accessToken)).errors).toBeUndefined();
    later(1);
    expect(reasonOf(await app.gql(ME, {}, session.accessToken))).toBe('TOKEN_INVALID');
    const renewed = await app.gql(REFRESH, { t: session.refreshToken });
    expect(renewed.errors).toBeUndefined();
    expect((await app.gql(ME, {}, renewed.data.refreshToken.accessToken)).data.me.username).toBe('ttl.a');
  });

  it('stops a refresh token after its 7 days', async () => {
    await person('ttl.b');
    const session = await app.login('ttl.b', PASSWORD);
    later(7 * 24 * 3600);
    expect(reasonOf(await app.gql(REFRESH, { t: session.refreshToken }))).toBe('REFRESH_TOKEN_EXPIRED');
  });

  it('ends every session and every access token of an account whose password an administrator resets', async () => {
    const id = await person('reset.me');
    const phone = await app.login('reset.me', PASSWORD);
    const laptop = await app.login('reset.me', PASSWORD);
    const reset = await app.gql(
      CHANGE_PASSWORD,
      { input: { userId: id, newPassword: 'Second-Pass-2030' } },
      await admin(),
    );
    expect(reset.errors).toBeUndefined();

    for (const session of [phone, laptop]) {
      expect(reasonOf(await app.gql(ME, {}, session.accessToken))).toBe('TOKEN_INVALID');
      expect(reasonOf(await app.gql(REFRESH, { t: session.refreshToken }))).toBe('REFRESH_TOKEN_REVOKED');
      expect(reasonOf(await app.gql(REFRESH, { t: session.refreshToken }))).toBe('REFRESH_TOKEN_REVOKED');
    }
    const ended = (await app.store.readAll()).filter(
      (e) => e.type === 'SessionEnded' && (e.data as { userId: string }).userId === id,
    );
    expect(ended.map((e) => (e.data as { reason: string }).reason)).toEqual(['REVOKED', 'REVOKED']);

    const fresh = await app.login('reset.me', 'Second-Pass-2030');
    expect((await app.gql(ME, {}, fresh.accessToken)).data.me.username).toBe('reset.me');
    expect((await app.gql(REFRESH, { t: fresh.refreshToken })).errors).toBeUndefined();
  });

  it('ends the sessions of people who change their own password, the one they used included', async () => {
    const id = await person('self.change');
    const session = await app.login('self.change', PASSWORD);
    const changed = await app.gql(
      CHANGE_PASSWORD,
      { input: { userId: id, newPassword: 'Own-New-Pass-77', currentPassword: PASSWORD } },
      session.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    expect(reasonOf(await app.gql(ME, {}, session.accessToken))).toBe('TOKEN_INVALID');
    expect(reasonOf(await app.gql(REFRESH, { t: session.refreshToken }))).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('ends the sessions of an account whose role changes, so no token carries the old role', async () => {
    const id = await person('promoted');
    const session = await app.login('promoted', PASSWORD);
    const promoted = await app.gql(CHANGE_ROLE, { input: { userId: id, role: 'LEADER' } }, await admin());
    expect(promoted.data.changeUserRole.role).toBe('LEADER');
    expect(reasonOf(await app.gql(ME, {}, session.accessToken))).toBe('TOKEN_INVALID');
    expect(reasonOf(await app.gql(REFRESH, { t: session.refreshToken }))).toBe('REFRESH_TOKEN_REVOKED');
    const again = await app.login('promoted', PASSWORD);
    expect((await app.gql(ME, {}, again.accessToken)).data.me.role).toBe('LEADER');
  });

  it('stops the access tokens of the session that logs out, and only of that one', async () => {
    await person('leaving.now');
    const here = await app.login('leaving.now', PASSWORD);
    const elsewhere = await app.login('leaving.now', PASSWORD);
    expect((await app.gql(LOGOUT, { t: here.refreshToken })).data.logout).toBe(true);
    expect(reasonOf(await app.gql(ME, {}, here.accessToken))).toBe('TOKEN_INVALID');
    expect(reasonOf(await app.gql(REFRESH, { t: here.refreshToken }))).toBe('REFRESH_TOKEN_REVOKED');
    expect((await app.gql(ME, {}, elsewhere.accessToken)).data.me.username).toBe('leaving.now');
  });
});
