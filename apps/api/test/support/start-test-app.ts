import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createPgliteEventStore,
  createPostgresEventStore,
  generateDigestSigningKey,
} from '@duban/event-store';
import type { EventStore } from '@duban/event-store';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import type { AppConfig } from '../../src/core/config/app-config.js';
import { loadConfig } from '../../src/core/config/load-config.js';
import type { Clock } from '../../src/core/clock/clock.js';
import { createApp } from '../../src/create-app.js';

/** The first administrator every test app starts with. */
export const TEST_ADMIN = { username: 'admin', password: 'Admin-Test-Pass-2024' } as const;

export interface GraphqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; reason?: string; details?: Record<string, unknown>; [key: string]: unknown };
}
export interface GraphqlResponse<T = any> {
  data?: T | null;
  errors?: GraphqlError[];
}
export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: {
    id: string;
    username: string;
    displayName: string;
    role: string;
    unitId: string | null;
    unitName: string | null;
  };
}

export interface TestApp {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  graphqlUrl: string;
  config: AppConfig;
  app: NestFastifyApplication;
  store: EventStore;
  /** POSTs a GraphQL operation; `token` is an access token sent as a bearer. Never throws on GraphQL errors. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<T>>;
  /** Logs in and returns the payload; throws when the login is refused. */
  login(username: string, password: string): Promise<LoginResult>;
  /** An access token of the first administrator. */
  adminToken(): Promise<string>;
  /** Subscribes over graphql-ws and resolves with the first `count` results. */
  subscribe<T = any>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; count?: number },
  ): Promise<GraphqlResponse<T>[]>;
  close(): Promise<void>;
}

export interface StartTestAppOptions {
  /** pglite (default): in memory. postgres: a fresh schema in TEST_DATABASE_URL, dropped on close. */
  store?: 'pglite' | 'postgres';
  /** Extra environment for the configuration (validated like at a real start). */
  env?: Record<string, string>;
  clock?: Clock;
  /** Serve this built web app (a folder with index.html). */
  webDistDir?: string;
  /** Show Nest's log (off by default to keep test output readable). */
  log?: boolean;
}

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      expiresAt
      user {
        id
        username
        displayName
        role
        unitId
        unitName
      }
    }
  }
`;

/**
 * Boots the real application on a random port, with its own temporary data directory and an
 * event store of its own, and the first administrator `TEST_ADMIN`.
 */
export async function startTestApp(options: StartTestAppOptions = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duban-api-test-'));
  const kind = options.store ?? 'pglite';
  const cleanups: Array<() => Promise<void>> = [() => rm(dataDir, { recursive: true, force: true })];

  const env: Record<string, string> = {
    DUBAN_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    DUBAN_ADMIN_USERNAME: TEST_ADMIN.username,
    DUBAN_ADMIN_PASSWORD: TEST_ADMIN.password,
    DUBAN_SEED_DEMO: 'false',
    // Tests come from one address and call far faster than people do; rate-limit suites set their own.
    DUBAN_RATE_LIMIT_PER_USER: '1000000',
    DUBAN_RATE_LIMIT_PER_ADDRESS: '1000000',
    // Digests at start only: a timer's digest landing mid-test would show as an unexpected append.
    DUBAN_DIGEST_INTERVAL_MS: '0',
  };
  let store: EventStore;
  if (kind === 'postgres') {
    const databaseUrl = process.env.TEST_DATABASE_URL;
    if (!databaseUrl) throw new Error('startTestApp({ store: "postgres" }) needs TEST_DATABASE_URL');
    const schema = `api_test_${randomBytes(6).toString('hex')}`;
    Object.assign(env, {
      DUBAN_MODE: 'server',
      DATABASE_URL: databaseUrl,
      DUBAN_DB_SCHEMA: schema,
      DUBAN_JWT_SECRET: randomBytes(32).toString('base64url'),
      DUBAN_DIGEST_KEY_FILE: join(dataDir, 'digest-key.pem'),
    });
    await writeFile(join(dataDir, 'digest-key.pem'), generateDigestSigningKey(), { mode: 0o600 });
    store = createPostgresEventStore({ connectionString: databaseUrl, schema });
    cleanups.unshift(async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    });
  } else {
    store = createPgliteEventStore();
  }
  Object.assign(env, options.env ?? {});

  const config = loadConfig(env, { cwd: dataDir, webDistDir: options.webDistDir ?? null });
  const app = await createApp(config, {
    store,
    ...(options.clock ? { clock: options.clock } : {}),
    logger: options.log ? ['log', 'error', 'warn', 'fatal'] : false,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  const graphqlUrl = `${url}/graphql`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  };
  const login = async (username: string, password: string): Promise<LoginResult> => {
    const result = await gql<{ login: LoginResult }>(LOGIN, { input: { username, password } });
    if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
    return result.data.login;
  };
  let adminToken: string | null = null;

  return {
    url,
    graphqlUrl,
    config,
    app,
    store,
    gql,
    login,
    adminToken: async () =>
      (adminToken ??= (await login(TEST_ADMIN.username, TEST_ADMIN.password)).accessToken),
    subscribe: (query, { variables, token, count = 1 } = {}) =>
      new Promise((resolve, reject) => {
        const client = createClient({
          url: graphqlUrl.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: token ? { authorization: `Bearer ${token}` } : {},
          retryAttempts: 0,
        });
        const results: GraphqlResponse[] = [];
        const finish = (error?: unknown) => {
          unsubscribe();
          void client.dispose();
          if (error) reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          else resolve(results);
        };
        const unsubscribe = client.subscribe(
          { query, ...(variables ? { variables } : {}) },
          {
            next: (value) => {
              results.push(value as GraphqlResponse);
              if (results.length >= count || value.errors) finish();
            },
            error: (error) =>
              Array.isArray(error) ? (results.push({ errors: error }), finish()) : finish(error),
            complete: () => finish(),
          },
        );
      }),
    close: async () => {
      await app.close();
      for (const cleanup of cleanups) await cleanup();
    },
  };
}
