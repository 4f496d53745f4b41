import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const LOGIN =
  'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresAt user { id username role } } }';
const REFRESH =
  'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken expiresAt } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const ME = '{ me { id username displayName role unitId unitName } }';

describe('logging in, refreshing and logging out', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('logs in with the right password and returns tokens and the person', async () => {
    const result = await app.gql(LOGIN, { input: TEST_ADMIN });
    expect(result.errors).toBeUndefined();
    const { accessToken, refreshToken, expiresAt, user } = result.data.login;
    expect(accessToken.split('.')).toHaveLength(3);
    expect(refreshToken).toMatch(/^[0-9a-f-]{36}\./);
    const ttl = Date.parse(expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(14 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(15 * 60 * 1000);
    expect(user).toMatchObject({ username: 'admin', role: 'SYSTEM_ADMIN' });
  });

  it('refuses a wrong password or unknown name as UNAUTHENTICATED and writes nothing', async () => {
    const before = (await app.store.readAll()).length;
    for (const input of [
      { username: TEST_ADMIN.username, password: 'wrong-password' },
      { username: 'nobody', password: TEST_ADMIN.password },
    ]) {
      const result = await app.gql(LOGIN, { input });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
      });
      expect(result.errors?.[0]?.message).toBe('Wrong username or password');
    }
    expect((await app.store.readAll()).length).toBe(before);
  });

  it('answers me for the holder of an access token', async () => {
    const { accessToken, user } = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const result = await app.gql(ME, {}, accessToken);
    expect(result.errors).toBeUndefined();
    expect(result.data.me).toEqual({
      id: user.id,
      username: 'admin',
      displayName: '系统管理员',
      role: 'SYSTEM_ADMIN',
      unitId: null,
      unitName: null,
    });
  });

  it('answers me without a token, or with a forged one, as UNAUTHENTICATED', async () => {
    const anonymous = await app.gql(ME);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'UNAUTHENTICATED',
    });
    const { accessToken } = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const [header, payload] = accessToken.split('.');
    const forged = await app.gql(ME, {}, `${header}.${payload}.c2lnbmF0dXJl`);
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });

  it('rotates the refresh token: the new one works, the spent one ends the session', async () => {
    const first = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const rotated = await app.gql(REFRESH, { t: first.refreshToken });
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data.refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await app.gql(ME, {}, second.accessToken)).data.me.username).toBe('admin');

    const replay = await app.gql(REFRESH, { t: first.refreshToken });
    expect(replay.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_REUSED',
    });
    const afterTheft = await app.gql(REFRESH, { t: second.refreshToken });
    expect(afterTheft.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_REVOKED',
    });
  });

  it('revokes the refresh token on logout', async () => {
    const session = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const logout = await app.gql(LOGOUT, { t: session.refreshToken });
    expect(logout).toEqual({ data: { logout: true } });
    const refresh = await app.gql(REFRESH, { t: session.refreshToken });
    expect(refresh.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_REVOKED',
    });
  });

  it('refuses a refresh token that was never issued', async () => {
    const garbage = await app.gql(REFRESH, { t: 'not-a-token' });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_INVALID',
    });
    const session = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const tampered = `${session.refreshToken.split('.')[0]}.${'A'.repeat(43)}`;
    const result = await app.gql(REFRESH, { t: tampered });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_INVALID',
    });
  });
});
