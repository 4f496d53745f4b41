import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const url = process.env.TEST_DATABASE_URL;
if (!url && process.env.CI) throw new Error('CI must set TEST_DATABASE_URL for the PostgreSQL suites');

describe.skipIf(!url)('the API in server mode on PostgreSQL (needs TEST_DATABASE_URL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ store: 'postgres' });
  });
  afterAll(() => app?.close());

  it('reports the postgres store as healthy', async () => {
    const result = await app.gql('{ health { status store } }');
    expect(result.data).toEqual({ health: { status: 'ok', store: 'postgres' } });
  });

  it('creates the first administrator, logs in, registers an account and rotates its session', async () => {
    const admin = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const registered = await app.gql(
      'mutation($input: RegisterUserInput!) { registerUser(input: $input) { username role } }',
      { input: { username: 'leader', displayName: '领导', role: 'LEADER', password: 'Leader-Pass-2024' } },
      admin.accessToken,
    );
    expect(registered.data).toEqual({ registerUser: { username: 'leader', role: 'LEADER' } });
    const session = await app.login('leader', 'Leader-Pass-2024');
    const refreshed = await app.gql(
      'mutation($t: String!) { refreshToken(refreshToken: $t) { user { username } } }',
      {
        t: session.refreshToken,
      },
    );
    expect(refreshed.data).toEqual({ refreshToken: { user: { username: 'leader' } } });
  });
});
