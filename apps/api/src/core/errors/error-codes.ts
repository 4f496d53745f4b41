/** The coarse codes clients see in `extensions.code`; `extensions.reason` carries the specific one. */
export const ERROR_CODES = [
  'FORBIDDEN',
  'CONFLICT',
  'VALIDATION',
  'NOT_FOUND',
  'INVALID_STATE',
  'UNAUTHENTICATED',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'STALE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes that graphql-js and Apollo give to requests that do not fit the schema. */
export const INPUT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
