import { ConfigError } from '../../core/config/config-error.js';

/** One hour: often enough that a rewrite of the log shows against a published digest within the day. */
export const DEFAULT_DIGEST_INTERVAL_MS = 60 * 60 * 1000;

/**
 * DUBAN_DIGEST_INTERVAL_MS: how often the API records a log digest; 0 turns the timer off (digests
 * are then recorded at start and on demand only). Read at start; a bad value stops the start.
 */
export function digestIntervalFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.DUBAN_DIGEST_INTERVAL_MS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_DIGEST_INTERVAL_MS;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0 || (value > 0 && value < 1000)) {
    throw new ConfigError([
      `DUBAN_DIGEST_INTERVAL_MS must be 0 (off) or a whole number of milliseconds of at least 1000, got "${raw}"`,
    ]);
  }
  return value;
}
