import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { CodedError } from '../i18n/error-message.js';

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isCodedError(value: unknown): value is CodedError {
  return typeof value === 'object' && value !== null && typeof (value as CodedError).code === 'string';
}

/** The string and number values of an error's details, which messages may name ({indicatorName}). */
function plainDetails(details: unknown): Record<string, string | number> | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const plain = Object.entries(details).filter(
    (entry): entry is [string, string | number] =>
      typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return plain.length > 0 ? Object.fromEntries(plain) : undefined;
}

/** Reduces whatever Apollo threw to the API's error code (and specific reason) for translation. */
export function readCodedError(error: unknown): CodedError {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    return {
      code: stringOrUndefined(extensions?.['code']) ?? 'INTERNAL',
      reason: stringOrUndefined(extensions?.['reason']),
      params: plainDetails(extensions?.['details']),
    };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { code: 'UNAUTHENTICATED' };
    if (error.statusCode === 403) return { code: 'FORBIDDEN' };
    return { code: error.statusCode >= 502 ? 'UNAVAILABLE' : 'INTERNAL' };
  }
  if (ServerParseError.is(error)) return { code: 'UNAVAILABLE' };
  // Plain HTTP routes (uploads, downloads) throw errors that already carry the API's code and reason.
  if (error instanceof Error && 'coded' in error && isCodedError(error.coded)) return error.coded;
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return { code: 'UNAVAILABLE' };
  return { code: 'UNKNOWN' };
}
