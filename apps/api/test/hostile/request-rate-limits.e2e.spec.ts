import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphqlResponse, TestApp } from '../support/start-test-app.js';
import { TEST_ADMIN } from '../support/start-test-app.js';
import { startHostileApp } from './support/hostile-world.js';

const PER_USER = 5;
const PER_ADDRESS = 8;
const PASSWORD = 'Rate-Limit-Pass-2030';
const ME = '{ me { username } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: GraphqlResponse;
}

describe('request rate limits per user and per client address, and introspection turned off', () => {
  let app: TestApp;
  /** A GraphQL POST from the given client address (the app trusts X-Forwarded-For, as behind a proxy). */
  const post = async (
    from: string,
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<Answer> => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': from,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as GraphqlResponse,
    };
  };
  const login = async (from: string, username: string, password: string): Promise<string> => {
    const answer = await post(from, LOGIN, { input: { username, password } });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data.login.accessToken as string;
  };
  const expectLimited = (answer: Answer) => {
    expect(answer.status).toBe(429);
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_REQUESTS',
      details: { retryAfterSeconds: Number(answer.retryAfter) },
    });
  };

  beforeAll(async () => {
    app = await startHostileApp({
      env: {
        DUBAN_RATE_LIMIT_PER_USER: String(PER_USER),
        DUBAN_RATE_LIMIT_PER_ADDRESS: String(PER_ADDRESS),
        DUBAN_RATE_WINDOW: '1h',
        DUBAN_TRUST_PROXY: 'true',
        DUBAN_INTROSPECTION: 'false',
      },
    });
    const admin = await login('10.0.0.1', TEST_ADMIN.username, TEST_ADMIN.password);
    for (const username of ['rate.one', 'rate.two']) {
      const registered = await post(
        '10.0.0.1',
        REGISTER,
        { input: { username, displayName: username, role: 'INSPECTOR', password: PASSWORD } },
        admin,
      );
      expect(registered.body.errors).toBeUndefined();
    }
  }, 180_000);
  afterAll(() => app?.close());

  it('answers a user past the limit with 429 RATE_LIMITED and Retry-After, wherever they call from, and not others', async () => {
    const one = await login('10.0.1.1', 'rate.one', PASSWORD);
    const two = await login('10.0.1.2', 'rate.two', PASSWORD);
    for (let i = 0; i < PER_USER; i++) {
      const answer = await post(`10.0.2.${i}`, ME, undefined, one);
      expect(answer.body.data?.me.username).toBe('rate.one');
    }
    expectLimited(await post('10.0.2.99', ME, undefined, one));
    expect((await post('10.0.1.2', ME, undefined, two)).body.data?.me.username).toBe('rate.two');
  });

  it('counts a user’s WebSocket operations with their HTTP requests', async () => {
    const two = await login('10.0.3.1', 'rate.two', PASSWORD);
    // One request already made in the test before; the rest of the allowance goes over WebSocket.
    const results: GraphqlResponse[] = [];
    for (let i = 0; i < PER_USER; i++) results.push((await app.subscribe(ME, { token: two }))[0]!);
    expect(results.slice(0, PER_USER - 1).every((r) => r.data?.me.username === 'rate.two')).toBe(true);
    expect(results[PER_USER - 1]!.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_REQUESTS',
    });
  });

  it('answers an address past its limit with 429 even without a token, and serves other addresses', async () => {
    for (let i = 0; i < PER_ADDRESS; i++) {
      expect((await post('10.0.9.9', '{ __typename }')).status).toBe(200);
    }
    expectLimited(await post('10.0.9.9', '{ __typename }'));
    expect((await post('10.0.9.10', '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('refuses introspection over HTTP and WebSocket when it is turned off, with a validation code', async () => {
    const query = '{ __schema { queryType { name } } }';
    const overHttp = await post('10.0.7.1', query);
    expect(overHttp.body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const [overWs] = await app.subscribe(query);
    expect(overWs!.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect((await post('10.0.7.2', '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });
});
