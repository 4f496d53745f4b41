import { Logger } from '@nestjs/common';
import { DomainError } from '@duban/domain';
import { ConcurrencyError, EventStoreUnavailableError } from '@duban/event-store';
import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from './error-codes.js';
import { INPUT_ERROR_CODES } from './error-codes.js';
import { ReadModelStaleError } from '../projection/read-model-stale.error.js';
import { RateLimitedError } from './rate-limited.error.js';
import { UnauthenticatedError } from './unauthenticated.error.js';

const logger = new Logger('GraphQL');

/** Longest text echoed back in `details`: enough to see which value was meant, not a mega-byte back. */
const ECHO_LIMIT = 200;

/** Details with long texts and lists cut short, so a refusal is never as large as the input it refuses. */
/** Longest message: graphql-js quotes a refused value whole, and domain messages name the ids they got. */
const MESSAGE_LIMIT = 1000;

const bounded = (value: unknown, depth = 0, limit = ECHO_LIMIT): unknown => {
  if (typeof value === 'string') {
    return value.length > limit ? `${value.slice(0, limit)}… (${value.length} characters)` : value;
  }
  if (Array.isArray(value)) {
    const items = value.slice(0, 20).map((item) => bounded(item, depth + 1));
    return value.length > 20 ? [...items, `… (${value.length} items)`] : items;
  }
  if (typeof value === 'object' && value !== null && depth < 4) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, bounded(inner, depth + 1)]));
  }
  return value;
};

const shape = (
  formatted: GraphQLFormattedError,
  code: ErrorCode,
  message: string,
  reason: string,
  details?: Record<string, unknown>,
): GraphQLFormattedError => ({
  message: bounded(message, 0, MESSAGE_LIMIT) as string,
  ...(formatted.locations ? { locations: formatted.locations } : {}),
  ...(formatted.path ? { path: formatted.path } : {}),
  extensions: { code, reason, ...(details ? { details: bounded(details) } : {}) },
});

/**
 * The error a resolver threw, from the GraphQLError wrapping it. By shape, not class: the graphql
 * package can be loaded twice (CommonJS and ES module builds), and then instanceof misleads.
 */
const unwrap = (error: unknown): unknown => {
  const inner = (error as { originalError?: unknown } | null)?.originalError;
  return inner instanceof Error ? unwrap(inner) : error;
};

/** By shape as well as class, so a second copy of the domain package cannot turn refusals into INTERNAL. */
const isDomainError = (error: unknown): error is DomainError =>
  error instanceof DomainError ||
  ((error as Error | null)?.name === 'DomainError' && typeof (error as DomainError).errorClass === 'string');

/** Nest's HttpException and what Nest's own guards throw when they say no. */
const httpStatusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  const hasResponse = typeof (error as { getResponse?: unknown } | null)?.getResponse === 'function';
  return hasResponse && typeof status === 'number' ? status : undefined;
};

/** Client errors a Nest HttpException may stand for, besides 401 and 403. */
const HTTP_REFUSALS: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'VALIDATION',
};

const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/**
 * The single mapping from anything thrown to what a client sees. Known refusals keep their message
 * and specific reason; anything unexpected is logged here and reaches the client as INTERNAL
 * without message or stack.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  if (isDomainError(original)) {
    return shape(formatted, original.errorClass, original.message, original.code, original.details);
  }
  if (original instanceof UnauthenticatedError) {
    return shape(formatted, 'UNAUTHENTICATED', original.message, original.reason, original.details);
  }
  if (original instanceof RateLimitedError) {
    return shape(formatted, 'RATE_LIMITED', original.message, original.reason, {
      retryAfterSeconds: original.retryAfterSeconds,
    });
  }
  if (original instanceof ConcurrencyError || (original as Error | null)?.name === 'ConcurrencyError') {
    const streamId = (original as ConcurrencyError).streamId;
    return shape(
      formatted,
      'CONFLICT',
      'Someone else changed this record; reload and try again',
      'CONCURRENT_CHANGE',
      {
        streamId,
      },
    );
  }
  if (
    original instanceof EventStoreUnavailableError ||
    (original as Error | null)?.name === 'EventStoreUnavailableError'
  ) {
    logger.error(`event store unavailable: ${(original as Error).message}`);
    return shape(formatted, 'UNAVAILABLE', 'The service is temporarily unavailable', 'STORE_UNAVAILABLE');
  }
  if (original instanceof ReadModelStaleError || (original as Error | null)?.name === 'ReadModelStaleError') {
    const stale = original as ReadModelStaleError;
    return shape(formatted, 'STALE', stale.message, 'READ_MODEL_BEHIND', {
      checkpoint: stale.checkpoint,
      waitedMs: stale.waitedMs,
      projections: stale.behind,
    });
  }
  const status = httpStatusOf(original);
  if (status === 401)
    return shape(formatted, 'UNAUTHENTICATED', 'Authentication required', 'UNAUTHENTICATED');
  if (status === 403) return shape(formatted, 'FORBIDDEN', 'Not allowed', 'FORBIDDEN');
  const refusal = status === undefined ? undefined : HTTP_REFUSALS[status];
  if (refusal) {
    // Pipes (StorableTextPipe) say no with an HttpException carrying its own code and reason.
    const body = (original as { getResponse(): unknown }).getResponse() as Record<string, unknown> | string;
    const said = (key: string) =>
      typeof body === 'object' && body !== null && typeof body[key] === 'string'
        ? (body[key] as string)
        : null;
    return shape(formatted, refusal, said('message') ?? refusal, said('reason') ?? refusal);
  }
  const given = formatted.extensions?.code;
  // graphql-js stops coercing variables after 50 bad values with an error of its own that has no
  // code (Apollo then labels it INTERNAL_SERVER_ERROR); it refuses the request, nothing failed.
  if (
    (given === undefined || given === 'INTERNAL_SERVER_ERROR') &&
    !formatted.path &&
    formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)
  ) {
    return shape(formatted, 'VALIDATION', formatted.message, 'TOO_MANY_INPUT_ERRORS');
  }
  if (typeof given === 'string' && INPUT_ERROR_CODES.has(given)) {
    // Our own validation rules name the limit that was broken (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX).
    const limit = formatted.extensions?.limit;
    return shape(formatted, 'VALIDATION', formatted.message, typeof limit === 'string' ? limit : given);
  }
  if (typeof given === 'string' && ['UNAUTHENTICATED', 'FORBIDDEN'].includes(given)) {
    return shape(formatted, given as ErrorCode, formatted.message, given);
  }
  logger.error(
    `unexpected error at ${formatted.path?.join('.') ?? 'request'}: ${(original as Error)?.message ?? String(original)}`,
    (original as Error)?.stack,
  );
  return shape(formatted, 'INTERNAL', 'Internal server error', 'INTERNAL');
}
