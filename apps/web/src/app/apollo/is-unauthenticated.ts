import { ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export function hasUnauthenticatedError(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return errors?.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED') ?? false;
}

/** A transport-level rejection of the token (HTTP 401) means the same as a coded GraphQL error. */
export function isUnauthenticatedFailure(error: unknown): boolean {
  return ServerError.is(error) && error.statusCode === 401;
}
