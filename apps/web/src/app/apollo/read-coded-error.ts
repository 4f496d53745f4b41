import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { CodedError } from '../i18n/error-message.js';

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reduces whatever Apollo threw to the API's error code (and specific reason) for translation. */
export function readCodedError(error: unknown): CodedError {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    return {
      code: stringOrUndefined(extensions?.['code']) ?? 'INTERNAL',
      reason: stringOrUndefined(extensions?.['reason']),
    };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { code: 'UNAUTHENTICATED' };
    if (error.statusCode === 403) return { code: 'FORBIDDEN' };
    return { code: error.statusCode >= 502 ? 'UNAVAILABLE' : 'INTERNAL' };
  }
  if (ServerParseError.is(error)) return { code: 'UNAVAILABLE' };
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return { code: 'UNAVAILABLE' };
  return { code: 'UNKNOWN' };
}
