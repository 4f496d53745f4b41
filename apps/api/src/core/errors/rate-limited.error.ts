/** Too many attempts from one client in a short time. Mapped to RATE_LIMITED with when to retry. */
export class RateLimitedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many attempts; try again later',
    /** The specific reason clients see (`extensions.reason`). */
    readonly reason = 'TOO_MANY_ATTEMPTS',
  ) {
    super(message);
    this.name = 'RateLimitedError';
  }
}
