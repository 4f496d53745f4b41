import { ConcurrencyError } from '@duban/event-store';

/** Attempts an idempotent step gets when another writer keeps moving the stream under it. */
export const DEFAULT_CONFLICT_ATTEMPTS = 5;

export const isConflict = (error: unknown): boolean =>
  error instanceof ConcurrencyError || (error as Error | null)?.name === 'ConcurrencyError';

/**
 * Re-runs `step` when the store reports that the stream moved between read and append. Only for
 * steps that are safe to repeat (their retry is recognised by an idempotency key or decides nothing).
 */
export async function retryOnConflict<T>(
  step: () => Promise<T>,
  attempts = DEFAULT_CONFLICT_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isConflict(error) || attempt >= attempts) throw error;
    }
  }
}
