import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

describe('health and live updates over HTTP and WebSocket', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('answers health without a login, naming the store and version', async () => {
    const result = await app.gql('{ health { status store version uptime } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.health).toMatchObject({
      status: 'ok',
      store: 'pglite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(result.data.health.uptime).toBeGreaterThanOrEqual(0);
  });

  it('streams the server time over graphql-ws to a logged-in client', async () => {
    const token = await app.adminToken();
    const results = await app.subscribe('subscription { serverTime(intervalMs: 100) }', { token, count: 2 });
    expect(results).toHaveLength(2);
    const [first, second] = results.map((r) => Date.parse(r.data.serverTime));
    expect(second! - first!).toBeGreaterThanOrEqual(90);
  });

  it('refuses a subscription without a login as UNAUTHENTICATED', async () => {
    const [result] = await app.subscribe('subscription { serverTime }');
    expect(result?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports input that does not fit the schema as VALIDATION', async () => {
    const unknownField = await app.gql('{ health { nonsense } }');
    expect(unknownField.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    const badVariable = await app.gql(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      {
        input: { username: 1 },
      },
    );
    expect(badVariable.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'BAD_USER_INPUT',
    });
    const unparsable = await app.gql('{ health {');
    expect(unparsable.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
  });

  it('never sends a stack trace to the client', async () => {
    const result = await app.gql('{ health { nonsense } }');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
