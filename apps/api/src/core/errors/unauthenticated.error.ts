/** The request carries no valid identity (or the credentials given were wrong). Mapped to UNAUTHENTICATED. */
export class UnauthenticatedError extends Error {
  constructor(
    readonly reason: string = 'UNAUTHENTICATED',
    message = 'Authentication required',
    /** What the client needs to react well, e.g. when a locked account may try again. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}
