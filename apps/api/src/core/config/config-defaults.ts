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
  minPasswordLength: 8,
  minJwtSecretLength: 32,
  urgeDaysBefore: 3,
  yellowDays: 7,
  uploadMaxBytes: 20 * 1024 * 1024,
  readWaitMs: 5000,
  maxPageSize: 200,
  maxQueryDepth: 12,
  maxQueryComplexity: 20_000,
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
