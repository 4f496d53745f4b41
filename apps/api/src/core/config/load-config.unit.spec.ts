import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { loadConfig, parseDurationSeconds } from './load-config.js';

const GOOD_SECRET = 'q7Lr2vXw9PzK4mTn8sBc3YhJ6dFg1aEe';
const SERVER = {
  DUBAN_MODE: 'server',
  DATABASE_URL: 'postgres://u@h/db',
  DUBAN_JWT_SECRET: GOOD_SECRET,
  DUBAN_DIGEST_KEY_FILE: '/etc/duban/digest-key.pem',
};

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env, { cwd: tmpdir(), webDistDir: null });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('starts in embedded mode with documented defaults when the environment is empty', () => {
    const config = loadConfig({}, { cwd: '/tmp/somewhere', webDistDir: null });
    expect(config).toMatchObject({
      mode: 'embedded',
      port: 3000,
      host: 'localhost',
      jwtSecret: null,
      accessTokenTtlSeconds: 15 * 60,
      refreshTokenTtlSeconds: 7 * 24 * 3600,
      adminUsername: 'admin',
      adminPassword: null,
      seedDemo: true,
      urgeDaysBefore: 3,
      yellowDays: 7,
      uploadMaxBytes: 20 * 1024 * 1024,
      corsOrigins: [],
      webDistDir: null,
      loginMaxFailures: 5,
      loginWindowSeconds: 15 * 60,
      lockoutSeconds: 15 * 60,
      loginRateLimit: 30,
      loginRateWindowSeconds: 60,
      trustProxy: false,
      urgeIntervalMs: 60_000,
      remindDaysBefore: 3,
      digestIntervalMs: 60_000,
    });
    expect(config.dataDir).toBe('/tmp/somewhere/.data');
    expect(config.uploadDir).toBe('/tmp/somewhere/.data/uploads');
    expect(config).toMatchObject({
      digestKeyFile: '/tmp/somewhere/.data/digest-signing-key.pem',
      digestKeyGenerated: true,
      digestFile: '/tmp/somewhere/.data/log-digests.jsonl',
    });
  });

  it('takes the digest signing key and the digest file from where they are configured', () => {
    const config = loadConfig(
      { ...SERVER, DUBAN_DIGEST_FILE: 'shipped/digests.jsonl', INIT_CWD: '/srv/duban' },
      { webDistDir: null },
    );
    expect(config).toMatchObject({
      digestKeyFile: '/etc/duban/digest-key.pem',
      digestKeyGenerated: false,
      digestFile: '/srv/duban/shipped/digests.jsonl',
    });
  });

  it('keeps the data directory at the repository root when started from a workspace folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'duban-root-'));
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    mkdirSync(join(root, 'apps', 'api'), { recursive: true });
    const config = loadConfig({}, { cwd: join(root, 'apps', 'api'), webDistDir: null });
    expect(config.dataDir).toBe(join(root, '.data'));
  });

  it('resolves a relative data directory against the directory the command was started from', () => {
    const config = loadConfig({ DUBAN_DATA_DIR: 'store', INIT_CWD: '/srv/duban' }, { webDistDir: null });
    expect(config.dataDir).toBe('/srv/duban/store');
  });

  it('reads a complete server configuration', () => {
    const config = loadConfig(
      {
        ...SERVER,
        PORT: '8080',
        KURRENTDB_URL: 'kurrentdb://127.0.0.1:2113?tls=false',
        DUBAN_ACCESS_TOKEN_TTL: '5m',
        DUBAN_REFRESH_TOKEN_TTL: '1d',
        DUBAN_SEED_DEMO: 'no',
        DUBAN_CORS_ORIGINS: 'https://a.example.org, http://localhost:5173/',
        DUBAN_UPLOAD_MAX_BYTES: '1048576',
      },
      { cwd: tmpdir(), webDistDir: null },
    );
    expect(config).toMatchObject({
      mode: 'server',
      port: 8080,
      host: '0.0.0.0',
      kurrentDbUrl: 'kurrentdb://127.0.0.1:2113?tls=false',
      jwtSecret: GOOD_SECRET,
      accessTokenTtlSeconds: 300,
      refreshTokenTtlSeconds: 86400,
      seedDemo: false,
      corsOrigins: ['https://a.example.org', 'http://localhost:5173'],
      uploadMaxBytes: 1048576,
    });
  });

  it('answers introspection and public /metrics in embedded mode only, unless told otherwise', () => {
    const embedded = loadConfig({}, { cwd: tmpdir(), webDistDir: null });
    expect(embedded).toMatchObject({ introspection: true, publicMetrics: true, metricsToken: null });
    const server = loadConfig(SERVER, { cwd: tmpdir(), webDistDir: null });
    expect(server).toMatchObject({ introspection: false, publicMetrics: false });
    const opened = loadConfig(
      { ...SERVER, DUBAN_INTROSPECTION: 'true', DUBAN_PUBLIC_METRICS: 'yes' },
      { cwd: tmpdir(), webDistDir: null },
    );
    expect(opened).toMatchObject({ introspection: true, publicMetrics: true });
  });

  it('reads the transport limits with their defaults and refuses bad ones, one line each', () => {
    const config = loadConfig({}, { cwd: tmpdir(), webDistDir: null });
    expect(config).toMatchObject({
      graphqlMaxBytes: 1024 * 1024,
      requestTimeoutMs: 300_000,
      idleTimeoutMs: 60_000,
      rateLimitPerUser: 600,
      rateLimitPerAddress: 3000,
      rateWindowSeconds: 60,
      maxExpensiveFields: 5,
      expensiveFieldCost: 1000,
      expensiveConcurrency: 2,
      expensiveMutationLimit: 10,
      socketAuthCheckMs: 5000,
    });
    expect(
      problemsOf({
        DUBAN_GRAPHQL_MAX_BYTES: '10',
        DUBAN_RATE_LIMIT_PER_USER: '0',
        DUBAN_RATE_WINDOW: 'soon',
        DUBAN_SOCKET_AUTH_CHECK_MS: '1',
        DUBAN_METRICS_TOKEN: 'short',
      }),
    ).toEqual([
      expect.stringMatching(/^DUBAN_GRAPHQL_MAX_BYTES must be a whole number/),
      expect.stringMatching(/^DUBAN_RATE_LIMIT_PER_USER must be a whole number/),
      expect.stringMatching(/^DUBAN_RATE_WINDOW must be a positive duration/),
      expect.stringMatching(/^DUBAN_SOCKET_AUTH_CHECK_MS must be a whole number/),
      'DUBAN_METRICS_TOKEN must be at least 24 characters long',
    ]);
  });

  it('does not seed the demo district in server mode unless asked', () => {
    expect(loadConfig(SERVER, { cwd: tmpdir(), webDistDir: null }).seedDemo).toBe(false);
  });

  describe('the timers and reminder days of the process managers and the log digest', () => {
    const load = (env: Record<string, string>) => loadConfig(env, { cwd: tmpdir(), webDistDir: null });

    it('use their defaults when missing or blank', () => {
      const blank = load({
        DUBAN_URGE_INTERVAL_MS: ' ',
        DUBAN_REMIND_DAYS_BEFORE: '',
        DUBAN_DIGEST_INTERVAL_MS: '  ',
      });
      for (const config of [load({}), blank]) {
        expect(config).toMatchObject({
          urgeIntervalMs: 60_000,
          remindDaysBefore: 3,
          digestIntervalMs: 60_000,
        });
      }
    });

    it('take whole numbers within their ranges, 0 turning the timers off', () => {
      expect(
        load({
          DUBAN_URGE_INTERVAL_MS: '5000',
          DUBAN_REMIND_DAYS_BEFORE: '7',
          DUBAN_DIGEST_INTERVAL_MS: '1000',
        }),
      ).toMatchObject({ urgeIntervalMs: 5000, remindDaysBefore: 7, digestIntervalMs: 1000 });
      expect(
        load({ DUBAN_URGE_INTERVAL_MS: '0', DUBAN_REMIND_DAYS_BEFORE: '0', DUBAN_DIGEST_INTERVAL_MS: '0' }),
      ).toMatchObject({ urgeIntervalMs: 0, remindDaysBefore: 0, digestIntervalMs: 0 });
      expect(
        load({
          DUBAN_URGE_INTERVAL_MS: '86400000',
          DUBAN_REMIND_DAYS_BEFORE: '366',
          DUBAN_DIGEST_INTERVAL_MS: '2147483647',
        }),
      ).toMatchObject({ urgeIntervalMs: 86_400_000, remindDaysBefore: 366, digestIntervalMs: 2_147_483_647 });
    });

    const refusals: Array<[string, string, RegExp]> = [
      [
        'DUBAN_URGE_INTERVAL_MS',
        '-1',
        /^DUBAN_URGE_INTERVAL_MS must be a whole number from 0 to 86400000 \(got "-1"\)$/,
      ],
      ['DUBAN_URGE_INTERVAL_MS', '1m', /^DUBAN_URGE_INTERVAL_MS must be a whole number from 0 to 86400000/],
      [
        'DUBAN_URGE_INTERVAL_MS',
        '86400001',
        /^DUBAN_URGE_INTERVAL_MS must be a whole number from 0 to 86400000/,
      ],
      [
        'DUBAN_REMIND_DAYS_BEFORE',
        '2.5',
        /^DUBAN_REMIND_DAYS_BEFORE must be a whole number from 0 to 366 \(got "2.5"\)$/,
      ],
      ['DUBAN_REMIND_DAYS_BEFORE', 'three', /^DUBAN_REMIND_DAYS_BEFORE must be a whole number from 0 to 366/],
      ['DUBAN_REMIND_DAYS_BEFORE', '400', /^DUBAN_REMIND_DAYS_BEFORE must be a whole number from 0 to 366/],
      [
        'DUBAN_DIGEST_INTERVAL_MS',
        '999',
        /^DUBAN_DIGEST_INTERVAL_MS must be 0 \(off\) or a whole number of milliseconds from 1000 to 2147483647 \(got "999"\)$/,
      ],
      ['DUBAN_DIGEST_INTERVAL_MS', '1e4', /^DUBAN_DIGEST_INTERVAL_MS must be 0 \(off\) or a whole number/],
      [
        'DUBAN_DIGEST_INTERVAL_MS',
        '2147483648',
        /^DUBAN_DIGEST_INTERVAL_MS must be 0 \(off\) or a whole number/,
      ],
    ];
    for (const [name, value, message] of refusals) {
      it(`refuses ${name}=${value} with one clear message`, () => {
        const problems = problemsOf({ [name]: value });
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(message);
      });
    }

    it('reports bad timers beside every other bad value, one line each', () => {
      const problems = problemsOf({
        PORT: 'x',
        DUBAN_URGE_INTERVAL_MS: 'soon',
        DUBAN_REMIND_DAYS_BEFORE: '-3',
        DUBAN_DIGEST_INTERVAL_MS: '10',
        DUBAN_READ_WAIT_MS: 'long',
      });
      expect(problems).toHaveLength(5);
      for (const name of [
        'PORT',
        'DUBAN_URGE_INTERVAL_MS',
        'DUBAN_REMIND_DAYS_BEFORE',
        'DUBAN_DIGEST_INTERVAL_MS',
        'DUBAN_READ_WAIT_MS',
      ]) {
        expect(problems.filter((p) => p.startsWith(`${name} `))).toHaveLength(1);
      }
    });
  });

  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'an unknown mode',
      { DUBAN_MODE: 'cloud' },
      /^DUBAN_MODE must be one of embedded, server \(got "cloud"\)$/,
    ],
    ['a port that is not a number', { PORT: 'eighty' }, /^PORT must be a whole number from 0 to 65535/],
    [
      'a port out of range',
      { PORT: '70000' },
      /^PORT must be a whole number from 0 to 65535 \(got "70000"\)$/,
    ],
    [
      'server mode without a database',
      { DUBAN_MODE: 'server', DUBAN_JWT_SECRET: GOOD_SECRET, DUBAN_DIGEST_KEY_FILE: '/k.pem' },
      /^DATABASE_URL is required in server mode/,
    ],
    [
      'server mode without a digest signing key',
      { ...SERVER, DUBAN_DIGEST_KEY_FILE: ' ' },
      /^DUBAN_DIGEST_KEY_FILE is required in server mode/,
    ],
    [
      'a database URL of another kind',
      { ...SERVER, DATABASE_URL: 'mysql://u@h/db' },
      /^DATABASE_URL must be a URL starting with postgres:\/\//,
    ],
    [
      'a database URL that is not a URL',
      { ...SERVER, DATABASE_URL: 'not a url' },
      /^DATABASE_URL must be a URL/,
    ],
    [
      'a bad schema name',
      { ...SERVER, DUBAN_DB_SCHEMA: 'Drop Table' },
      /^DUBAN_DB_SCHEMA must be a lower-case SQL identifier/,
    ],
    [
      'KurrentDB without server mode',
      { KURRENTDB_URL: 'kurrentdb://h:2113' },
      /^KURRENTDB_URL needs DUBAN_MODE=server/,
    ],
    [
      'a KurrentDB URL of another kind',
      { ...SERVER, KURRENTDB_URL: 'http://h:2113' },
      /^KURRENTDB_URL must be a URL starting with kurrentdb:\/\//,
    ],
    [
      'server mode without a signing secret',
      { DUBAN_MODE: 'server', DATABASE_URL: 'postgres://h/db', DUBAN_DIGEST_KEY_FILE: '/k.pem' },
      /^DUBAN_JWT_SECRET is required in server mode/,
    ],
    [
      'a short signing secret',
      { ...SERVER, DUBAN_JWT_SECRET: 'short' },
      /^DUBAN_JWT_SECRET must be at least 32 characters long$/,
    ],
    [
      'a repetitive signing secret',
      { ...SERVER, DUBAN_JWT_SECRET: 'a'.repeat(40) },
      /^DUBAN_JWT_SECRET is a well-known or repetitive value/,
    ],
    [
      'a well-known signing secret',
      { ...SERVER, DUBAN_JWT_SECRET: 'please-change-me-to-a-long-random-secret' },
      /^DUBAN_JWT_SECRET is a well-known/,
    ],
    [
      'a token lifetime without a unit',
      { DUBAN_ACCESS_TOKEN_TTL: '15' },
      /^DUBAN_ACCESS_TOKEN_TTL must be a positive duration like 15m, 12h or 7d \(got "15"\)$/,
    ],
    [
      'a zero refresh lifetime',
      { DUBAN_REFRESH_TOKEN_TTL: '0d' },
      /^DUBAN_REFRESH_TOKEN_TTL must be a positive duration/,
    ],
    [
      'a refresh lifetime shorter than the access lifetime',
      { DUBAN_ACCESS_TOKEN_TTL: '2h', DUBAN_REFRESH_TOKEN_TTL: '1h' },
      /^DUBAN_REFRESH_TOKEN_TTL must be longer than DUBAN_ACCESS_TOKEN_TTL$/,
    ],
    [
      'an admin name with spaces',
      { DUBAN_ADMIN_USERNAME: 'the admin' },
      /^DUBAN_ADMIN_USERNAME must be 3 to 64/,
    ],
    [
      'a short admin password',
      { DUBAN_ADMIN_PASSWORD: 'abc' },
      /^DUBAN_ADMIN_PASSWORD is too weak: it must have at least 10 characters; at least 3 of: lower case, upper case, digits, symbols$/,
    ],
    [
      'a commonly used admin password',
      { ...SERVER, DUBAN_ADMIN_PASSWORD: 'P@ssw0rd123' },
      /^DUBAN_ADMIN_PASSWORD is too weak: it must have not a commonly used password$/,
    ],
    [
      'an admin password equal to the admin name',
      { DUBAN_ADMIN_USERNAME: 'Root-Admin-1', DUBAN_ADMIN_PASSWORD: 'root-admin-1' },
      /^DUBAN_ADMIN_PASSWORD is too weak: .*not the same as the username$/,
    ],
    [
      'a signing secret that is a placeholder someone forgot to replace',
      { ...SERVER, DUBAN_JWT_SECRET: 'change-me-to-a-real-secret-before-production' },
      /^DUBAN_JWT_SECRET is a well-known or repetitive value/,
    ],
    [
      'a login failure limit of zero',
      { DUBAN_LOGIN_MAX_FAILURES: '0' },
      /^DUBAN_LOGIN_MAX_FAILURES must be a whole number from 1 to 1000/,
    ],
    [
      'a lockout without a unit',
      { DUBAN_LOCKOUT: '15' },
      /^DUBAN_LOCKOUT must be a positive duration like 15m, 12h or 7d \(got "15"\)$/,
    ],
    [
      'a trust-proxy flag that is not a boolean',
      { DUBAN_TRUST_PROXY: 'sometimes' },
      /^DUBAN_TRUST_PROXY must be true or false/,
    ],
    [
      'a seed flag that is not a boolean',
      { DUBAN_SEED_DEMO: 'maybe' },
      /^DUBAN_SEED_DEMO must be true or false \(got "maybe"\)$/,
    ],
    [
      'negative urge days',
      { DUBAN_URGE_DAYS_BEFORE: '-1' },
      /^DUBAN_URGE_DAYS_BEFORE must be a whole number from 0 to 365/,
    ],
    [
      'zero yellow days',
      { DUBAN_YELLOW_DAYS: '0' },
      /^DUBAN_YELLOW_DAYS must be a whole number from 1 to 365/,
    ],
    [
      'an upload limit with a unit',
      { DUBAN_UPLOAD_MAX_BYTES: '20MB' },
      /^DUBAN_UPLOAD_MAX_BYTES must be a whole number from 1/,
    ],
    [
      'a CORS entry that is not an origin',
      { DUBAN_CORS_ORIGINS: 'https://ok.example, example.org' },
      /^DUBAN_CORS_ORIGINS has "example.org", which is not an origin/,
    ],
    [
      'a CORS entry with a path',
      { DUBAN_CORS_ORIGINS: 'https://ok.example/app' },
      /^DUBAN_CORS_ORIGINS has "https:\/\/ok.example\/app"/,
    ],
  ];
  for (const [what, env, message] of cases) {
    it(`refuses ${what} with one clear message`, () => {
      const problems = problemsOf(env);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
    });
  }

  it('reports every problem at once, one line each', () => {
    const problems = problemsOf({ DUBAN_MODE: 'server', PORT: 'x', DUBAN_YELLOW_DAYS: 'soon' });
    expect(problems).toEqual([
      expect.stringMatching(/^PORT /),
      expect.stringMatching(/^DATABASE_URL is required/),
      expect.stringMatching(/^DUBAN_JWT_SECRET is required/),
      expect.stringMatching(/^DUBAN_DIGEST_KEY_FILE is required/),
      expect.stringMatching(/^DUBAN_YELLOW_DAYS /),
    ]);
    expect(() => loadConfig({ PORT: 'x' }, { cwd: tmpdir() })).toThrow(
      'Invalid configuration:\n  - PORT must be a whole number from 0 to 65535 (got "x")',
    );
  });

  it('parses durations in seconds, minutes, hours and days', () => {
    expect([
      parseDurationSeconds('30s'),
      parseDurationSeconds('15m'),
      parseDurationSeconds('2h'),
      parseDurationSeconds('7d'),
    ]).toEqual([30, 900, 7200, 604800]);
    expect(parseDurationSeconds('1w')).toBeNull();
  });
});
