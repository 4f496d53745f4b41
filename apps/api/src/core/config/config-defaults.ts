/** Defaults for settings the environment leaves out; the only place these numbers live. */
export const CONFIG_DEFAULTS = {
  port: 3000,
  embeddedHost: 'localhost',
  serverHost: '0.0.0.0',
  dataDirName: '.data',
  uploadDirName: 'uploads',
  accessTokenTtl: '15m',
  refreshTokenTtl: '7d',
  adminUsername: 'admin',
  minJwtSecretLength: 32,
  loginMaxFailures: 5,
  loginWindow: '15m',
  lockout: '15m',
  /** How long a device that logged in keeps passing an account's lock with the right password. */
  deviceTrust: '90d',
  loginRateLimit: 30,
  loginRateWindow: '1m',
  urgeDaysBefore: 3,
  yellowDays: 7,
  /** One minute: reminders are about days, so a pass a minute is prompt and cheap. */
  urgeIntervalMs: 60_000,
  /** The longest pause between two deadline passes: one day. */
  maxUrgeIntervalMs: 24 * 60 * 60 * 1000,
  remindDaysBefore: 3,
  maxRemindDaysBefore: 366,
  /**
   * One minute: a digest follows appends within a minute, so the tail no signed digest anchors (and
   * a writer of the database could still change unnoticed) is at most about a minute of work.
   */
  digestIntervalMs: 60 * 1000,
  digestKeyFileName: 'digest-signing-key.pem',
  digestFileName: 'log-digests.jsonl',
  minDigestIntervalMs: 1000,
  /** The longest delay a Node.js timer takes (about 24.8 days); a longer one would fire at once. */
  maxDigestIntervalMs: 2_147_483_647,
  uploadMaxBytes: 20 * 1024 * 1024,
  readWaitMs: 5000,
  maxPageSize: 200,
  maxQueryDepth: 12,
  maxQueryComplexity: 50_000,
  maxQueryTokens: 10_000,
  /** A GraphQL request body (HTTP) or WebSocket message; uploads have their own limit. */
  graphqlMaxBytes: 1024 * 1024,
  /** The whole request must have arrived by then: a 20 MiB upload at 100 KB/s takes about 3.5 minutes. */
  requestTimeoutMs: 5 * 60 * 1000,
  /** A connection with nothing sent either way for this long is closed. */
  idleTimeoutMs: 60_000,
  /** Requests (HTTP and WebSocket operations) per rate window: per signed-in user, and per client address. */
  rateLimitPerUser: 600,
  rateLimitPerAddress: 3000,
  rateWindow: '1m',
  /** Expensive fields (as-of replays, log verification, report diffs) one operation may select. */
  maxExpensiveFields: 5,
  /** Weight of one expensive field in the cost estimate, before the lists around it multiply it. */
  expensiveFieldCost: 1000,
  /** Expensive fields one user may have running at once; as many more wait, the rest are refused. */
  expensiveConcurrency: 2,
  /** Expensive mutations (drafting an annual report) per user and rate window. */
  expensiveMutationLimit: 10,
  /** How often open WebSockets check that the token they were opened with still holds. */
  socketAuthCheckMs: 5000,
} as const;

/** Values copied from examples and tutorials; a deployment using one would sign forgeable tokens. */
export const WEAK_SECRETS = new Set([
  'secret',
  'changeme',
  'change-me',
  'changethis',
  'your-secret',
  'your_secret_key',
  'jwt-secret',
  'supersecret',
  'duban',
  'duban-secret',
  'please-change-me-to-a-long-random-secret',
]);

/** Words that give away a placeholder someone forgot to replace ("change-me-to-a-real-secret-…"). */
export const PLACEHOLDER_SECRET =
  /change.?me|change.?this|replace.?me|example|placeholder|default|your.?secret|not.?secret|insecure/i;
