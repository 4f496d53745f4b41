import { TEST_ADMIN, startTestApp } from '../support/start-test-app.js';
import type { StartTestAppOptions, TestApp } from '../support/start-test-app.js';

/** A password every password policy accepts, so these suites do not depend on the policy of the day. */
const ADMIN_PASSWORD = 'Rm-Admin-Passw0rd!x7';

export interface ReadModelTestApp extends TestApp {
  token(): Promise<string>;
  /** Forgets the administrator's token (tokens expire by the app's clock, which tests move). */
  forgetToken(): void;
  /** Polls `query` until `ready(data)` holds (the projector has caught up), then returns the response. */
  until<T = any>(query: string, ready: (data: T) => boolean, variables?: Record<string, unknown>): Promise<T>;
}

export async function startReadModelApp(options: StartTestAppOptions = {}): Promise<ReadModelTestApp> {
  const app = await startTestApp({
    ...options,
    env: { DUBAN_ADMIN_PASSWORD: ADMIN_PASSWORD, ...(options.env ?? {}) },
  });
  let token: string | null = null;
  const getToken = async () => (token ??= (await app.login(TEST_ADMIN.username, ADMIN_PASSWORD)).accessToken);
  return Object.assign(app, {
    token: getToken,
    forgetToken: () => {
      token = null;
    },
    async until<T>(
      query: string,
      ready: (data: T) => boolean,
      variables?: Record<string, unknown>,
    ): Promise<T> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const result = await app.gql<T>(query, variables, await getToken());
        if (result.data && ready(result.data)) return result.data;
        if (Date.now() > deadline) throw new Error(`never ready: ${JSON.stringify(result)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  });
}
