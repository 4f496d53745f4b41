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
const REGISTER_UNIT = 'mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { id } }';
const RETIRE_UNIT = 'mutation($input: RetireUnitInput!) { retireUnit(input: $input) { id retired } }';
const CHANGE_ROLE =
  'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role unitId } }';

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

  it('refuses a unit officer of a unit that does not exist or is retired, and records nothing', async () => {
    const unit = await app.gql(
      REGISTER_UNIT,
      { input: { unitId: 'old-bureau', name: '区旧局', kind: 'DEPARTMENT' } },
      admin,
    );
    expect(unit.errors).toBeUndefined();
    const retired = await app.gql(
      RETIRE_UNIT,
      { input: { unitId: 'old-bureau', reason: '机构改革' } },
      admin,
    );
    expect(retired.data.retireUnit.retired).toBe(true);
    const before = (await app.store.readAll()).length;

    const officer = { ...inspector('ghost.officer'), role: 'UNIT_OFFICER' };
    const unknown = await app.gql(REGISTER, { input: { ...officer, unitId: 'no-such-unit' } }, admin);
    expect(unknown.data).toBeNull();
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'UNIT_NOT_FOUND',
      details: { unitId: 'no-such-unit' },
    });
    const retiredUnit = await app.gql(REGISTER, { input: { ...officer, unitId: 'old-bureau' } }, admin);
    expect(retiredUnit.errors?.[0]?.extensions).toMatchObject({ reason: 'UNIT_RETIRED' });
    expect((await app.store.readAll()).length).toBe(before);
    await expect(app.login('ghost.officer', 'Inspector-Pass-1')).rejects.toThrow(/INVALID_CREDENTIALS/);

    await app.gql(
      REGISTER_UNIT,
      { input: { unitId: 'new-bureau', name: '区新局', kind: 'DEPARTMENT' } },
      admin,
    );
    const fixed = await app.gql(REGISTER, { input: { ...officer, unitId: 'new-bureau' } }, admin);
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data.registerUser).toMatchObject({ username: 'ghost.officer', unitId: 'new-bureau' });
  });

  it('refuses to move an officer to a unit that does not exist or is retired', async () => {
    const user = await app.gql(REGISTER, { input: inspector('mover') }, admin);
    const userId = user.data.registerUser.id;
    const before = (await app.store.readAll()).length;
    for (const [unitId, reason] of [
      ['no-such-unit', 'UNIT_NOT_FOUND'],
      ['old-bureau', 'UNIT_RETIRED'],
    ]) {
      const moved = await app.gql(CHANGE_ROLE, { input: { userId, role: 'UNIT_OFFICER', unitId } }, admin);
      expect(moved.errors?.[0]?.extensions).toMatchObject({ reason });
    }
    expect((await app.store.readAll()).length).toBe(before);
    const moved = await app.gql(
      CHANGE_ROLE,
      { input: { userId, role: 'UNIT_OFFICER', unitId: 'new-bureau' } },
      admin,
    );
    expect(moved.data.changeUserRole).toMatchObject({ role: 'UNIT_OFFICER', unitId: 'new-bureau' });
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
