/** Coarse error classes, mapped once to GraphQL `extensions.code` by the API. */
export type ErrorClass = 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION' | 'NOT_FOUND' | 'INVALID_STATE';

/**
 * A refusal decided by the domain. `code` is specific (`TASK_NOT_FOUND`, `HANDOFF_NOT_PENDING`, ...),
 * `errorClass` is one of the five coarse classes, `details` carries the values that explain it.
 */
export class DomainError extends Error {
  constructor(
    readonly errorClass: ErrorClass,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const forbidden = (message: string, details?: Record<string, unknown>) =>
  new DomainError('FORBIDDEN', 'FORBIDDEN', message, details);
export const validation = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('VALIDATION', code, message, details);
export const invalidState = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('INVALID_STATE', code, message, details);
export const notFound = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('NOT_FOUND', code, message, details);
