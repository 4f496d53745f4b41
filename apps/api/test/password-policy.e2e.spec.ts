import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';

describe('the password policy', () => {
  let app: TestApp;
  let admin: string;
  const register = (username: string, password: string) =>
    app.gql(REGISTER, { input: { username, displayName: username, role: 'INSPECTOR', password } }, admin);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
  });
  afterAll(() => app?.close());

  const weak: Array<[string, string, string, string[]]> = [
    ['too short and of one kind', 'weak.one', 'short', ['MIN_LENGTH', 'CHARACTER_CLASSES']],
    ['long but of two kinds only', 'weak.two', 'only-lower-case-words', ['CHARACTER_CLASSES']],
    ['the username itself', 'Strong.Name-1', 'Strong.Name-1', ['SAME_AS_USERNAME']],
    ['on the common list', 'weak.three', 'P@ssw0rd123', ['COMMON_PASSWORD']],
  ];
  for (const [what, username, password, failedRules] of weak) {
    it(`refuses a password that is ${what}, naming the rules, and registers nothing`, async () => {
      const before = (await app.store.readAll()).length;
      const result = await register(username, password);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION',
        reason: 'PASSWORD_TOO_WEAK',
        details: { field: 'password', failedRules, minLength: 10, minClasses: 3 },
      });
      expect((await app.store.readAll()).length).toBe(before);
    });
  }

  it('accepts a password of ten characters with three kinds, 汉字 counting as one', async () => {
    expect((await register('good.one', '法治政府建设示范区1a')).errors).toBeUndefined();
    expect((await register('good.two', 'Harbour-7x')).errors).toBeUndefined();
  });

  it('holds a new password to the same rules, reported on newPassword', async () => {
    const created = await register('changer.two', 'Good-Start-2030');
    const id = created.data.registerUser.id;
    const result = await app.gql(
      CHANGE_PASSWORD,
      { input: { userId: id, newPassword: 'changer.two' } },
      admin,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'PASSWORD_TOO_WEAK',
      details: { field: 'newPassword', failedRules: ['CHARACTER_CLASSES', 'SAME_AS_USERNAME'] },
    });
    expect((await app.login('changer.two', 'Good-Start-2030')).user.username).toBe('changer.two');
  });
});
