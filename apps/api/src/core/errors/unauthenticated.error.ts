/** The request carries no valid identity (or the credentials given were wrong). Mapped to UNAUTHENTICATED. */
export class UnauthenticatedError extends Error {
  constructor(
    readonly reason: string = 'UNAUTHENTICATED',
    message = 'Authentication required',
  ) {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}
