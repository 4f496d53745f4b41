import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { AppConfig } from './app-config.js';
import { ConfigError } from './config-error.js';
import { CONFIG_DEFAULTS, PLACEHOLDER_SECRET, WEAK_SECRETS } from './config-defaults.js';
import { brokenPasswordRules, describePasswordRule } from '../security/password-rules.js';

export type Env = Record<string, string | undefined>;

export interface LoadConfigOptions {
  /** Directory relative paths are resolved against (the directory the user started from). */
  cwd?: string;
  /** Where the built web app is looked for; defaults to apps/web/dist of the repository. */
  webDistDir?: string | null;
}

const DURATION = /^(\d+)(s|m|h|d)$/;
const DURATION_UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "15m" → 900; null when the text is not a positive duration in s, m, h or d. */
export function parseDurationSeconds(value: string): number | null {
  const match = DURATION.exec(value);
  if (!match) return null;
  const seconds = Number(match[1]) * (DURATION_UNIT_SECONDS[match[2]!] ?? 0);
  return seconds > 0 ? seconds : null;
}

/** Walks up to the directory holding pnpm-workspace.yaml, so `pnpm start` keeps data at the root. */
export function findRepoRoot(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads and validates the environment once. Every bad or missing value adds one line to the
 * thrown `ConfigError`, so an operator fixes them all in one go.
 */
export function loadConfig(env: Env, options: LoadConfigOptions = {}): AppConfig {
  const problems: string[] = [];
  // pnpm and npm set INIT_CWD to where the command was typed; relative paths mean that place.
  const cwd = options.cwd ?? env.INIT_CWD ?? process.cwd();
  const root = findRepoRoot(cwd);

  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  };
  const integer = (name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const value = text(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return Number(value);
  };
  /** 0 (off) or a whole number of milliseconds from `min` to `max`. */
  const timerInterval = (name: string, fallback: number, min: number, max: number): number => {
    const value = text(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || (Number(value) !== 0 && (Number(value) < min || Number(value) > max))) {
      problems.push(
        `${name} must be 0 (off) or a whole number of milliseconds from ${min} to ${max} (got "${value}")`,
      );
      return fallback;
    }
    return Number(value);
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const value = text(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(value)) return true;
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };
  const duration = (name: string, fallback: string): number => {
    const value = text(name) ?? fallback;
    const seconds = parseDurationSeconds(value);
    if (seconds === null) {
      problems.push(`${name} must be a positive duration like 15m, 12h or 7d (got "${value}")`);
      return parseDurationSeconds(fallback) ?? 0;
    }
    return seconds;
  };
  const url = (name: string, protocols: string[]): string | null => {
    const value = text(name);
    if (value === undefined) return null;
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {
      parsed = null;
    }
    if (!parsed || !protocols.includes(parsed.protocol)) {
      problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      return null;
    }
    return value;
  };
  const path = (value: string): string => (isAbsolute(value) ? value : resolve(cwd, value));

  const mode = oneOf('DUBAN_MODE', ['embedded', 'server'] as const, 'embedded');
  const server = mode === 'server';
  const port = integer('PORT', CONFIG_DEFAULTS.port, 0, 65535);
  const host = text('HOST') ?? (server ? CONFIG_DEFAULTS.serverHost : CONFIG_DEFAULTS.embeddedHost);
  const dataDir = path(text('DUBAN_DATA_DIR') ?? join(root ?? cwd, CONFIG_DEFAULTS.dataDirName));

  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  if (server && databaseUrl === null && text('DATABASE_URL') === undefined) {
    problems.push('DATABASE_URL is required in server mode (DUBAN_MODE=server): a postgres:// URL');
  }
  const databaseSchema = text('DUBAN_DB_SCHEMA') ?? null;
  if (databaseSchema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    problems.push(`DUBAN_DB_SCHEMA must be a lower-case SQL identifier (got "${databaseSchema}")`);
  }
  const kurrentDbUrl = url('KURRENTDB_URL', ['kurrentdb:', 'kurrentdb+discover:', 'esdb:', 'esdb+discover:']);
  if (kurrentDbUrl !== null && !server) {
    problems.push('KURRENTDB_URL needs DUBAN_MODE=server (read tables live in PostgreSQL DATABASE_URL)');
  }

  const jwtSecret = text('DUBAN_JWT_SECRET') ?? null;
  if (jwtSecret === null && server) {
    problems.push(
      `DUBAN_JWT_SECRET is required in server mode: a random value of at least ${CONFIG_DEFAULTS.minJwtSecretLength} characters shared by all instances`,
    );
  } else if (jwtSecret !== null && jwtSecret.length < CONFIG_DEFAULTS.minJwtSecretLength) {
    problems.push(`DUBAN_JWT_SECRET must be at least ${CONFIG_DEFAULTS.minJwtSecretLength} characters long`);
  } else if (
    jwtSecret !== null &&
    (WEAK_SECRETS.has(jwtSecret.toLowerCase()) ||
      new Set(jwtSecret).size < 8 ||
      PLACEHOLDER_SECRET.test(jwtSecret))
  ) {
    problems.push('DUBAN_JWT_SECRET is a well-known or repetitive value: generate a random one');
  }
  const givenDigestKeyFile = text('DUBAN_DIGEST_KEY_FILE');
  if (givenDigestKeyFile === undefined && server) {
    problems.push(
      'DUBAN_DIGEST_KEY_FILE is required in server mode: an Ed25519 private key (openssl genpkey -algorithm ed25519) shared by all instances, kept outside the database',
    );
  }
  const digestKeyFile = path(givenDigestKeyFile ?? join(dataDir, CONFIG_DEFAULTS.digestKeyFileName));
  const digestFile = path(text('DUBAN_DIGEST_FILE') ?? join(dataDir, CONFIG_DEFAULTS.digestFileName));

  const accessTokenTtlSeconds = duration('DUBAN_ACCESS_TOKEN_TTL', CONFIG_DEFAULTS.accessTokenTtl);
  const refreshTokenTtlSeconds = duration('DUBAN_REFRESH_TOKEN_TTL', CONFIG_DEFAULTS.refreshTokenTtl);
  if (refreshTokenTtlSeconds <= accessTokenTtlSeconds) {
    problems.push('DUBAN_REFRESH_TOKEN_TTL must be longer than DUBAN_ACCESS_TOKEN_TTL');
  }

  const adminUsername = text('DUBAN_ADMIN_USERNAME') ?? CONFIG_DEFAULTS.adminUsername;
  if (!/^[A-Za-z0-9_.-]{3,64}$/.test(adminUsername)) {
    problems.push('DUBAN_ADMIN_USERNAME must be 3 to 64 letters, digits, dots, dashes or underscores');
  }
  const adminPassword = env.DUBAN_ADMIN_PASSWORD ? env.DUBAN_ADMIN_PASSWORD : null;
  if (adminPassword !== null) {
    const broken = brokenPasswordRules(adminPassword, adminUsername);
    if (broken.length > 0) {
      problems.push(
        `DUBAN_ADMIN_PASSWORD is too weak: it must have ${broken.map(describePasswordRule).join('; ')}`,
      );
    }
  }

  const seedDemo = boolean('DUBAN_SEED_DEMO', !server);
  const urgeDaysBefore = integer('DUBAN_URGE_DAYS_BEFORE', CONFIG_DEFAULTS.urgeDaysBefore, 0, 365);
  const yellowDays = integer('DUBAN_YELLOW_DAYS', CONFIG_DEFAULTS.yellowDays, 1, 365);
  const urgeIntervalMs = integer(
    'DUBAN_URGE_INTERVAL_MS',
    CONFIG_DEFAULTS.urgeIntervalMs,
    0,
    CONFIG_DEFAULTS.maxUrgeIntervalMs,
  );
  const remindDaysBefore = integer(
    'DUBAN_REMIND_DAYS_BEFORE',
    CONFIG_DEFAULTS.remindDaysBefore,
    0,
    CONFIG_DEFAULTS.maxRemindDaysBefore,
  );
  const digestIntervalMs = timerInterval(
    'DUBAN_DIGEST_INTERVAL_MS',
    CONFIG_DEFAULTS.digestIntervalMs,
    CONFIG_DEFAULTS.minDigestIntervalMs,
    CONFIG_DEFAULTS.maxDigestIntervalMs,
  );
  const uploadMaxBytes = integer('DUBAN_UPLOAD_MAX_BYTES', CONFIG_DEFAULTS.uploadMaxBytes, 1);
  const uploadDir = path(text('DUBAN_UPLOAD_DIR') ?? join(dataDir, CONFIG_DEFAULTS.uploadDirName));

  const readWaitMs = integer('DUBAN_READ_WAIT_MS', CONFIG_DEFAULTS.readWaitMs, 0, 600_000);
  const maxPageSize = integer('DUBAN_MAX_PAGE_SIZE', CONFIG_DEFAULTS.maxPageSize, 1, 10_000);
  const maxQueryDepth = integer('DUBAN_MAX_QUERY_DEPTH', CONFIG_DEFAULTS.maxQueryDepth, 1, 100);
  const maxQueryComplexity = integer('DUBAN_MAX_QUERY_COMPLEXITY', CONFIG_DEFAULTS.maxQueryComplexity, 1);
  const maxQueryTokens = integer('DUBAN_MAX_QUERY_TOKENS', CONFIG_DEFAULTS.maxQueryTokens, 100);

  const graphqlMaxBytes = integer('DUBAN_GRAPHQL_MAX_BYTES', CONFIG_DEFAULTS.graphqlMaxBytes, 1024);
  const requestTimeoutMs = integer('DUBAN_REQUEST_TIMEOUT_MS', CONFIG_DEFAULTS.requestTimeoutMs, 100);
  const idleTimeoutMs = integer('DUBAN_IDLE_TIMEOUT_MS', CONFIG_DEFAULTS.idleTimeoutMs, 100);
  const rateLimitPerUser = integer('DUBAN_RATE_LIMIT_PER_USER', CONFIG_DEFAULTS.rateLimitPerUser, 1);
  const rateLimitPerAddress = integer('DUBAN_RATE_LIMIT_PER_ADDRESS', CONFIG_DEFAULTS.rateLimitPerAddress, 1);
  const rateWindowSeconds = duration('DUBAN_RATE_WINDOW', CONFIG_DEFAULTS.rateWindow);
  const maxExpensiveFields = integer(
    'DUBAN_MAX_EXPENSIVE_FIELDS',
    CONFIG_DEFAULTS.maxExpensiveFields,
    1,
    1000,
  );
  const expensiveFieldCost = integer('DUBAN_EXPENSIVE_FIELD_COST', CONFIG_DEFAULTS.expensiveFieldCost, 1);
  const expensiveConcurrency = integer(
    'DUBAN_EXPENSIVE_CONCURRENCY',
    CONFIG_DEFAULTS.expensiveConcurrency,
    1,
    1000,
  );
  const expensiveMutationLimit = integer(
    'DUBAN_EXPENSIVE_MUTATION_LIMIT',
    CONFIG_DEFAULTS.expensiveMutationLimit,
    1,
  );
  const socketAuthCheckMs = integer(
    'DUBAN_SOCKET_AUTH_CHECK_MS',
    CONFIG_DEFAULTS.socketAuthCheckMs,
    50,
    60_000,
  );
  const introspection = boolean('DUBAN_INTROSPECTION', !server);
  const publicMetrics = boolean('DUBAN_PUBLIC_METRICS', !server);
  const metricsToken = text('DUBAN_METRICS_TOKEN') ?? null;
  if (metricsToken !== null && metricsToken.length < 24) {
    problems.push('DUBAN_METRICS_TOKEN must be at least 24 characters long');
  }

  const loginMaxFailures = integer('DUBAN_LOGIN_MAX_FAILURES', CONFIG_DEFAULTS.loginMaxFailures, 1, 1000);
  const loginWindowSeconds = duration('DUBAN_LOGIN_WINDOW', CONFIG_DEFAULTS.loginWindow);
  const lockoutSeconds = duration('DUBAN_LOCKOUT', CONFIG_DEFAULTS.lockout);
  const deviceTrustSeconds = duration('DUBAN_DEVICE_TRUST', CONFIG_DEFAULTS.deviceTrust);
  const loginRateLimit = integer('DUBAN_LOGIN_RATE_LIMIT', CONFIG_DEFAULTS.loginRateLimit, 1, 100_000);
  const loginRateWindowSeconds = duration('DUBAN_LOGIN_RATE_WINDOW', CONFIG_DEFAULTS.loginRateWindow);
  const trustProxy = boolean('DUBAN_TRUST_PROXY', false);

  const corsOrigins = (text('DUBAN_CORS_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    let valid = origin === '*';
    try {
      const parsed = new URL(origin);
      valid ||= ['http:', 'https:'].includes(parsed.protocol) && parsed.origin === origin.replace(/\/$/, '');
    } catch {
      // not a URL: reported below
    }
    if (!valid)
      problems.push(`DUBAN_CORS_ORIGINS has "${origin}", which is not an origin like https://example.org`);
  }

  const defaultWeb = root ? join(root, 'apps', 'web', 'dist') : null;
  const webCandidate = options.webDistDir === undefined ? defaultWeb : options.webDistDir;
  const webDistDir = webCandidate && existsSync(join(webCandidate, 'index.html')) ? webCandidate : null;

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode,
    port,
    host,
    dataDir,
    databaseUrl,
    databaseSchema,
    kurrentDbUrl,
    jwtSecret,
    accessTokenTtlSeconds,
    refreshTokenTtlSeconds,
    adminUsername,
    adminPassword,
    seedDemo,
    urgeDaysBefore,
    yellowDays,
    urgeIntervalMs,
    remindDaysBefore,
    digestIntervalMs,
    digestKeyFile,
    digestKeyGenerated: givenDigestKeyFile === undefined,
    digestFile,
    uploadMaxBytes,
    uploadDir,
    corsOrigins: corsOrigins.map((o) => o.replace(/\/$/, '')),
    loginMaxFailures,
    loginWindowSeconds,
    lockoutSeconds,
    deviceTrustSeconds,
    loginRateLimit,
    loginRateWindowSeconds,
    trustProxy,
    webDistDir,
    readWaitMs,
    maxPageSize,
    maxQueryDepth,
    maxQueryComplexity,
    maxQueryTokens,
    graphqlMaxBytes,
    requestTimeoutMs,
    idleTimeoutMs,
    rateLimitPerUser,
    rateLimitPerAddress,
    rateWindowSeconds,
    maxExpensiveFields,
    expensiveFieldCost,
    expensiveConcurrency,
    expensiveMutationLimit,
    socketAuthCheckMs,
    introspection,
    publicMetrics,
    metricsToken,
  };
}
