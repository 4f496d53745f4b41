import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const REGISTER =
  'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id username displayName role unitId disabled } }';
const USERS = '{ users { username role disabled } }';
const DISABLE =
  'mutation($id: ID!, $reason: String!) { disableUser(id: $id, reason: $reason) { id disabled } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
const ME = '{ me { username } }';

const inspector = (username: string) => ({
  username,
  displayName: '检查员',
  role: 'INSPECTOR',
  password: 'Inspector-Pass-1',
});

describe('account administration', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
  });
  afterAll(() => app?.close());

  it('lets the administrator register an account that can then log in', async () => {
    const result = await app.gql(REGISTER, { input: inspector('Li.Ming') }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data.registerUser).toMatchObject({
      username: 'li.ming',
      role: 'INSPECTOR',
      unitId: null,
      disabled: false,
    });
    const session = await app.login('li.ming', 'Inspector-Pass-1');
    expect(session.user.role).toBe('INSPECTOR');
    const users = await app.gql(USERS, {}, admin);
    expect(users.data.users.map((u: { username: string }) => u.username)).toEqual(['admin', 'li.ming']);
  });

  it('refuses a taken username as CONFLICT', async () => {
    await app.gql(REGISTER, { input: inspector('taken') }, admin);
    const again = await app.gql(REGISTER, { input: inspector('TAKEN') }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USERNAME_TAKEN' });
  });

  it('refuses bad input with its specific reason and leaves the username free', async () => {
    const noUnit = await app.gql(
      REGISTER,
      { input: { ...inspector('officer1'), role: 'UNIT_OFFICER' } },
      admin,
    );
    expect(noUnit.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', reason: 'UNIT_REQUIRED' });
    const shortPassword = await app.gql(
      REGISTER,
      { input: { ...inspector('officer1'), password: 'short' } },
      admin,
    );
    expect(shortPassword.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'PASSWORD_TOO_WEAK',
      details: { field: 'password', failedRules: ['MIN_LENGTH', 'CHARACTER_CLASSES'] },
    });
    const streams = (await app.store.readAll()).map((e) => e.streamId);
    expect(streams).not.toContain('username-officer1');
    const fixed = await app.gql(REGISTER, { input: inspector('officer1') }, admin);
    expect(fixed.errors).toBeUndefined();
  });

  it('refuses account administration without a login as UNAUTHENTICATED, and to other roles as FORBIDDEN', async () => {
    const anonymous = await app.gql(REGISTER, { input: inspector('sneaky') });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await app.gql(REGISTER, { input: inspector('plain') }, admin);
    const { accessToken } = await app.login('plain', 'Inspector-Pass-1');
    const before = (await app.store.readAll()).length;
    const forbidden = await app.gql(REGISTER, { input: inspector('sneaky') }, accessToken);
    expect(forbidden.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
    const list = await app.gql(USERS, {}, accessToken);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.store.readAll()).length).toBe(before);
  });

  it('shuts a disabled account out at once: its token, its refresh token and its password', async () => {
    const created = await app.gql(REGISTER, { input: inspector('leaving') }, admin);
    const session = await app.login('leaving', 'Inspector-Pass-1');
    const disabled = await app.gql(DISABLE, { id: created.data.registerUser.id, reason: '调离' }, admin);
    expect(disabled.data.disableUser.disabled).toBe(true);
    expect((await app.gql(ME, {}, session.accessToken)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const refresh = await app.gql(
      'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
      {
        t: session.refreshToken,
      },
    );
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(app.login('leaving', 'Inspector-Pass-1')).rejects.toThrow(/INVALID_CREDENTIALS/);
  });

  it('lets people change their own password only with the current one', async () => {
    const created = await app.gql(REGISTER, { input: inspector('changer') }, admin);
    const id = created.data.registerUser.id;
    const { accessToken } = await app.login('changer', 'Inspector-Pass-1');
    const wrong = await app.gql(
      CHANGE_PASSWORD,
      { input: { userId: id, newPassword: 'New-Password-22', currentPassword: 'nope' } },
      accessToken,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'CURRENT_PASSWORD_WRONG',
    });
    const right = await app.gql(
      CHANGE_PASSWORD,
      { input: { userId: id, newPassword: 'New-Password-22', currentPassword: 'Inspector-Pass-1' } },
      accessToken,
    );
    expect(right.errors).toBeUndefined();
    await expect(app.login('changer', 'Inspector-Pass-1')).rejects.toThrow(/INVALID_CREDENTIALS/);
    expect((await app.login('changer', 'New-Password-22')).user.username).toBe('changer');
  });

  it("does not let people change someone else's password", async () => {
    const { accessToken } = await app.login('changer', 'New-Password-22');
    const adminId = (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).user.id;
    const result = await app.gql(
      CHANGE_PASSWORD,
      { input: { userId: adminId, newPassword: 'Hijacked-Pass-9' } },
      accessToken,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
