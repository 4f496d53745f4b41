import { ForbiddenException, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@duban/domain';
import { ConcurrencyError, EventStoreUnavailableError } from '@duban/event-store';
import { formatGraphqlError } from './format-graphql-error.js';
import { UnauthenticatedError } from './unauthenticated.error.js';

/** What Apollo hands the formatter for an error thrown inside a resolver. */
const thrown = (error: Error) => {
  const wrapped = new GraphQLError(error.message, { path: ['someField'], originalError: error });
  return formatGraphqlError(wrapped.toJSON(), wrapped);
};

describe('formatGraphqlError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives a domain refusal its class as code and its specific code as reason, with details', () => {
    const error = new DomainError('INVALID_STATE', 'HANDOFF_NOT_PENDING', 'handoff h1 is not pending', {
      handoffId: 'h1',
    });
    expect(thrown(error)).toEqual({
      message: 'handoff h1 is not pending',
      path: ['someField'],
      extensions: { code: 'INVALID_STATE', reason: 'HANDOFF_NOT_PENDING', details: { handoffId: 'h1' } },
    });
  });

  it('maps a lost race on a stream to CONFLICT', () => {
    expect(thrown(new ConcurrencyError('task-1', 3, 4)).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'CONCURRENT_CHANGE',
      details: { streamId: 'task-1' },
    });
  });

  it('maps an unreachable store to UNAVAILABLE without its internals', () => {
    vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const formatted = thrown(new EventStoreUnavailableError('connect ECONNREFUSED 10.0.0.5:5432'));
    expect(formatted.extensions).toEqual({ code: 'UNAVAILABLE', reason: 'STORE_UNAVAILABLE' });
    expect(formatted.message).not.toMatch(/ECONNREFUSED/);
  });

  it('maps missing or refused credentials to UNAUTHENTICATED and Nest refusals to FORBIDDEN', () => {
    expect(
      thrown(new UnauthenticatedError('INVALID_CREDENTIALS', 'Wrong username or password')).extensions,
    ).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
    expect(thrown(new ForbiddenException()).extensions).toEqual({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
  });

  it('hides anything unexpected behind INTERNAL and logs it on the server instead', () => {
    const log = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const formatted = thrown(new TypeError("Cannot read properties of undefined (reading 'password')"));
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['someField'],
      extensions: { code: 'INTERNAL', reason: 'INTERNAL' },
    });
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining("reading 'password'"),
      expect.stringContaining('TypeError'),
    );
  });

  it('reports request errors from the GraphQL layer as VALIDATION, keeping their original code as reason', () => {
    const error = new GraphQLError('Variable "$id" got invalid value', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(formatGraphqlError(error.toJSON(), error).extensions).toEqual({
      code: 'VALIDATION',
      reason: 'BAD_USER_INPUT',
    });
  });

  it('reports the error graphql-js gives up with after too many bad variable values as VALIDATION', () => {
    const error = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
      { extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    );
    expect(formatGraphqlError(error.toJSON(), error).extensions).toEqual({
      code: 'VALIDATION',
      reason: 'TOO_MANY_INPUT_ERRORS',
    });
  });

  it('keeps the code, reason and message of a client-error HttpException a pipe throws', () => {
    const refusal = new HttpException(
      { code: 'VALIDATION', reason: 'TEXT_NOT_STORABLE', message: 'input.title: must not contain NUL' },
      HttpStatus.BAD_REQUEST,
    );
    expect(thrown(refusal)).toEqual({
      message: 'input.title: must not contain NUL',
      path: ['someField'],
      extensions: { code: 'VALIDATION', reason: 'TEXT_NOT_STORABLE' },
    });
    expect(thrown(new NotFoundException()).extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });

  it('echoes at most 200 characters of a refused value and 20 items of a refused list', () => {
    const error = new DomainError('VALIDATION', 'VALIDATION', 'title: must be at most 200 characters', {
      field: 'title',
      value: 'x'.repeat(1024 * 1024),
      list: Array.from({ length: 10_000 }, (_, i) => i),
    });
    const details = thrown(error).extensions?.details as { field: string; value: string; list: unknown[] };
    expect(details.field).toBe('title');
    expect(details.value).toBe(`${'x'.repeat(200)}… (1048576 characters)`);
    expect(details.list).toHaveLength(21);
    expect(details.list[20]).toBe('… (10000 items)');
  });

  it('cuts a request error message that quotes a huge refused value', () => {
    const error = new GraphQLError(`Variable "$input" got invalid value "${'x'.repeat(100_000)}"`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const formatted = formatGraphqlError(error.toJSON(), error);
    expect(formatted.message.length).toBeLessThan(1100);
    expect(formatted.message).toMatch(/^Variable "\$input" got invalid value "x+… \(100038 characters\)$/);
  });
});
