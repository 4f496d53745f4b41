import type { CodedError } from '../../../app/i18n/error-message.js';

/** A refused plain-HTTP request, carrying the API's code and reason like a GraphQL error does. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly coded: CodedError,
  ) {
    super(`HTTP ${status}: ${coded.reason ?? coded.code}`);
    this.name = 'HttpError';
  }

  static async from(response: Response): Promise<HttpError> {
    let body: { code?: unknown; reason?: unknown } = {};
    try {
      body = (await response.json()) as typeof body;
    } catch {
      // Not JSON (a proxy's page, an empty body): the status alone says what happened.
    }
    const fallback =
      response.status === 401
        ? 'UNAUTHENTICATED'
        : response.status === 403
          ? 'FORBIDDEN'
          : response.status === 404
            ? 'NOT_FOUND'
            : response.status === 413 || response.status === 400 || response.status === 415
              ? 'VALIDATION'
              : response.status >= 502
                ? 'UNAVAILABLE'
                : 'INTERNAL';
    return new HttpError(response.status, {
      code: typeof body.code === 'string' ? body.code : fallback,
      reason: typeof body.reason === 'string' ? body.reason : undefined,
    });
  }
}
